mod adversarial;
mod encoding;
mod golden;
mod normalize;
mod people;
mod properties;
mod recognize;
