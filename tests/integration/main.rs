mod adversarial;
mod docs;
mod encoding;
mod golden;
mod normalize;
mod places;
mod properties;
mod recognize;
