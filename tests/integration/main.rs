mod adversarial;
mod docs;
mod encoding;
mod golden;
mod normalize;
mod people;
mod properties;
mod recognize;
