//! Legacy Vietnamese encodings (placeholder; see issue 7).
