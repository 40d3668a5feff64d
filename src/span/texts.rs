//! The strings of the raw attributes, each held once. What a recognizer writes into a
//! span's attributes is an id into one table per document ([`Sym`], 4 bytes where a
//! `Cow<str>` takes 24); materializing makes one shared allocation per id ([`Shared`]).
//!
//! A dictionary string is written again and again (`Ủy ban nhân dân` for every `UBND`): it
//! is found again by its address, so the table holds it once and no text is hashed.

use std::borrow::Cow;
use std::num::NonZeroU32;
use std::sync::Arc;

use rustc_hash::FxHashMap;

/// A string of a document's [`Texts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Sym(NonZeroU32);

/// A list of strings of a document's [`Texts`] (`alternatives`); empty by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Syms {
    start: u32,
    len: u32,
}

/// The strings of one document's attributes, borrowed from the dictionary or the text
/// where they can be.
#[derive(Debug)]
pub(crate) struct Texts<'a> {
    /// `all[i]` is the string of `Sym(i + 1)`; `all[0]` is the empty string.
    all: Vec<Cow<'a, str>>,
    /// The borrowed strings by address and length.
    borrowed: FxHashMap<(usize, usize), Sym>,
    /// The lists' strings, one after another.
    lists: Vec<Sym>,
}

impl Default for Texts<'_> {
    fn default() -> Self {
        // Room for a short document's strings without growing.
        let mut all = Vec::with_capacity(16);
        all.push(Cow::Borrowed(""));
        Texts {
            all,
            borrowed: FxHashMap::with_capacity_and_hasher(16, Default::default()),
            lists: Vec::new(),
        }
    }
}

impl<'a> Texts<'a> {
    /// The id of `s`: the one it already has when it is borrowed from where it was before.
    pub(crate) fn add(&mut self, s: Cow<'a, str>) -> Sym {
        let Cow::Borrowed(b) = s else {
            return self.push(s);
        };
        let key = (b.as_ptr() as usize, b.len());
        if let Some(&sym) = self.borrowed.get(&key) {
            return sym;
        }
        let sym = self.push(s);
        self.borrowed.insert(key, sym);
        sym
    }

    /// A new id for `s`. Past four billion strings, which no document in memory reaches,
    /// the id is that of the empty string.
    fn push(&mut self, s: Cow<'a, str>) -> Sym {
        match u32::try_from(self.all.len() + 1)
            .ok()
            .and_then(NonZeroU32::new)
        {
            Some(id) => {
                self.all.push(s);
                Sym(id)
            }
            None => Sym(NonZeroU32::MIN),
        }
    }

    /// The list of `items`.
    pub(crate) fn add_list(&mut self, items: impl IntoIterator<Item = Cow<'a, str>>) -> Syms {
        let start = self.lists.len();
        for s in items {
            let sym = self.add(s);
            self.lists.push(sym);
        }
        match (
            u32::try_from(start),
            u32::try_from(self.lists.len() - start),
        ) {
            (Ok(start), Ok(len)) => Syms { start, len },
            _ => Syms::default(),
        }
    }

    /// The string of `sym`.
    pub(crate) fn get(&self, sym: Sym) -> &str {
        self.cow(sym)
    }

    /// The string of `sym` when it is borrowed from the dictionary or the text.
    pub(crate) fn borrowed(&self, sym: Sym) -> Option<&'a str> {
        match *self.cow(sym) {
            Cow::Borrowed(b) => Some(b),
            Cow::Owned(_) => None,
        }
    }

    fn cow(&self, sym: Sym) -> &Cow<'a, str> {
        self.all
            .get(sym.0.get() as usize - 1)
            .unwrap_or(&self.all[0])
    }

    /// The ids of the list `syms`.
    fn list(&self, syms: Syms) -> &[Sym] {
        let start = syms.start as usize;
        self.lists
            .get(start..start + syms.len as usize)
            .unwrap_or_default()
    }
}

/// The shared strings made of one document's [`Texts`]: one allocation per id.
pub(crate) struct Shared<'t, 'a> {
    texts: &'t Texts<'a>,
    made: Vec<Option<Arc<str>>>,
}

impl<'t, 'a> Shared<'t, 'a> {
    /// Nothing made yet of `texts`.
    pub(crate) fn new(texts: &'t Texts<'a>) -> Self {
        Shared {
            texts,
            made: vec![None; texts.all.len()],
        }
    }

    /// The string of `sym`, borrowed: for a field that owns its copy (a date's value), with
    /// no shared allocation made for it.
    pub(crate) fn str(&self, sym: Sym) -> &str {
        self.texts.get(sym)
    }

    /// The shared string of `sym`.
    pub(crate) fn get(&mut self, sym: Sym) -> Arc<str> {
        let i = sym.0.get() as usize - 1;
        if let Some(Some(made)) = self.made.get(i) {
            return Arc::clone(made);
        }
        let shared: Arc<str> = Arc::from(self.texts.get(sym));
        if let Some(slot) = self.made.get_mut(i) {
            *slot = Some(Arc::clone(&shared));
        }
        shared
    }

    /// The shared strings of the list `syms`.
    pub(crate) fn list(&mut self, syms: Syms) -> Vec<Arc<str>> {
        let texts = self.texts;
        texts.list(syms).iter().map(|&s| self.get(s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrowed_string_has_one_id_and_each_id_one_allocation() {
        let dictionary = String::from("Ủy ban nhân dân");
        let same_text = String::from("Ủy ban nhân dân");
        let mut texts = Texts::default();
        let a = texts.add(Cow::Borrowed(dictionary.as_str()));
        let b = texts.add(Cow::Borrowed(dictionary.as_str()));
        let c = texts.add(Cow::Borrowed(same_text.as_str()));
        let d = texts.add(Cow::Owned(String::from("Hà Giang")));
        assert_eq!(a, b, "the same borrowed string, the same id");
        assert_ne!(a, c, "another address, another id");
        assert_eq!(texts.get(c), "Ủy ban nhân dân");
        assert_eq!(texts.get(d), "Hà Giang");
        assert_eq!(texts.borrowed(a), Some("Ủy ban nhân dân"));
        assert_eq!(texts.borrowed(d), None);
        let list = texts.add_list(["biên tập viên", "Ban Tuyên giáo"].map(Cow::Borrowed));
        let mut shared = Shared::new(&texts);
        let (x, y) = (shared.get(a), shared.get(b));
        assert!(Arc::ptr_eq(&x, &y), "one allocation per id");
        assert_eq!(shared.get(c), x, "another id, the same text");
        assert_eq!(&*shared.get(d), "Hà Giang");
        let read: Vec<Arc<str>> = shared.list(list);
        assert_eq!(read, ["biên tập viên", "Ban Tuyên giáo"].map(Arc::from));
        assert!(shared.list(Syms::default()).is_empty());
    }
}
