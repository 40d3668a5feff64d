mod adversarial;
mod docs;
mod encoding;
mod golden;
mod normalize;
mod properties;
mod recognize;
