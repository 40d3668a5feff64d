mod adversarial;
mod encoding;
mod golden;
mod normalize;
mod places;
mod properties;
mod recognize;
