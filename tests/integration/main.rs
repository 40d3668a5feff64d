mod encoding;
mod golden;
mod normalize;
