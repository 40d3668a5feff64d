mod adversarial;
mod encoding;
mod golden;
mod normalize;
mod properties;
mod recognize;
