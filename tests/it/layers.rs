//! The client's modules keep the layers `src/lib.rs`'s header lists: each module uses only
//! modules on the lines below its own, so the module graph has no cycle and nothing low
//! reaches up. Layer 0 is the unit tests' bench, which any module's tests may use.
//!
//! The sources are read as Rust tokens (comments and strings are not code; doc links are not
//! uses), starting at `src/lib.rs` and following its `mod` declarations. A use is any path
//! through `crate::`, `$crate::` or `super::` that reaches another top-level module, in `use`
//! lines, code, macros and attributes (their strings too, but doc text) alike; code under
//! `#[cfg(test)]` counts as test code. A path to a root item that is no module, and what the
//! reading cannot follow (`crate as x`, `#[path]`, `mod x;` in an inline module), are named
//! too, so that nothing goes around the check unseen.

#![allow(
    clippy::disallowed_methods,
    reason = "reads the sources; its self-test writes a tree"
)]

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

#[test]
fn the_client_keeps_the_layers_its_lib_rs_lists() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layers = Layers::read(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let graph = Graph::read(&src);
    let problems = check(&layers, &graph);
    assert!(
        problems.is_empty(),
        "the modules of src/ and the layers in src/lib.rs's header disagree:\n{}",
        problems
            .join("\n")
            .replace(&format!("{}/", src.display()), "src/")
    );
    // The check saw the code it is about: every layer's modules were read, with their uses.
    assert!(
        graph.uses.len() > 50,
        "only {} uses found",
        graph.uses.len()
    );
}

#[test]
fn an_upward_use_a_cycle_an_unlisted_module_and_a_way_around_are_each_named() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |name: &str, text: &str| {
        let path = src.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "//! ## Layers\n//!\n//! 0. `bench`: tests only\n//! 1. `top`: commands\n\
         //! 2. `mid`, `side`: middle\n//! 3. `low`: bottom\n\
         mod top; mod mid; mod side; mod low; mod stray;\n#[cfg(test)] mod bench;\n",
    );
    write("top.rs", "use crate::{mid::A, low};\nmod deep;\n");
    write("mid.rs", "mod inner;\nfn f() { crate::low::g() }\n");
    // Two levels of `super` from mid/inner.rs reach the root, then `top`: upward.
    write(
        "mid/inner.rs",
        "fn f() { super::super::top::h(); super::x(); }\n",
    );
    // A use beside, on the same layer; and a string and a comment that are no uses.
    write(
        "side.rs",
        "use crate::mid;\n// crate::top\nconst S: &str = \"crate::top\";\n",
    );
    // `low` reaching up closes a cycle low → top → low; its tests may use the bench only.
    write(
        "low.rs",
        "#[cfg(test)]\nmod tests { use crate::bench; use crate::top; }\n\
         pub fn g() { let _ = crate::top::h; }\nmod more;\n",
    );
    write("stray.rs", "");
    write("bench.rs", "use crate::top;\n");
    // What would go around the check: a module renamed, a file the check would not read, a
    // path in an attribute's string, a root item that is no module.
    write(
        "top/deep.rs",
        "use crate as c;\n#[path = \"elsewhere.rs\"]\nmod away;\n",
    );
    write(
        "low/more.rs",
        "#[serde(with = \"crate::mid::f\")]\nstruct S;\n/// [`x`](crate::top::x)\n\
         fn f() { crate::helper(); }\nmod inline { mod nested; }\n",
    );

    let layers = Layers::read(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let problems = check(&layers, &Graph::read(src));
    let expected = [
        "lib.rs: module `stray` is on no line of the layers",
        "low.rs:2: `low` (layer 3) uses `top` (layer 1), a layer above it (test code)",
        "low.rs:3: `low` (layer 3) uses `top` (layer 1), a layer above it",
        "low/more.rs:1: `low` (layer 3) uses `mid` (layer 2), a layer above it",
        "low/more.rs:4: `low` uses `crate::helper`, which is no module on the layers (the \
         root's items are above them all)",
        "low/more.rs:5: `mod nested;` in an inline module, whose file the check would look for \
         in the wrong folder: the layers cannot be checked through it",
        "mid/inner.rs:1: `mid` (layer 2) uses `top` (layer 1), a layer above it",
        "side.rs:1: `side` (layer 2) uses `mid` (layer 2), on its own layer",
        "top/deep.rs:1: `crate as ...` names a module under another name: the layers cannot be \
         checked through it",
        "top/deep.rs:2: `#[path]`: the layers cannot be checked through it",
    ];
    let problems: Vec<String> = problems
        .iter()
        .map(|p| p.replace(&format!("{}/", src.display()), ""))
        .collect();
    assert_eq!(problems, expected);
}

/// The layers as `src/lib.rs`'s header lists them under `## Layers`: lines `N. `a`, `b`:
/// what they hold`, top (1) to bottom; layer 0 is the tests' bench.
struct Layers {
    of: BTreeMap<String, usize>,
}

impl Layers {
    fn read(lib_rs: &str) -> Layers {
        let mut of = BTreeMap::new();
        let header = lib_rs
            .lines()
            .map_while(|l| l.strip_prefix("//!"))
            .map(str::trim)
            .skip_while(|l| *l != "## Layers")
            .skip(1)
            .take_while(|l| !l.starts_with("##"));
        for line in header {
            let Some((number, rest)) = line.split_once(". ") else {
                continue;
            };
            let Ok(layer) = number.parse::<usize>() else {
                continue;
            };
            let names = rest.split_once(':').map_or(rest, |(names, _)| names);
            for name in names.split(',') {
                let name = name.trim().trim_matches('`');
                assert!(
                    of.insert(name.to_owned(), layer).is_none(),
                    "`{name}` is on two lines of the layers"
                );
            }
        }
        assert!(!of.is_empty(), "src/lib.rs's header lists no `## Layers`");
        Layers { of }
    }
}

/// A use of one top-level module by another.
struct Use {
    from: String,
    to: String,
    file: PathBuf,
    line: usize,
    test: bool,
}

impl fmt::Display for Use {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// The crate's top-level modules (as `lib.rs` declares them) and their uses of each other.
struct Graph {
    modules: Vec<String>,
    lib_rs: PathBuf,
    uses: Vec<Use>,
    /// What the reading cannot follow, which must not pass unseen.
    unreadable: Vec<String>,
}

impl Graph {
    fn read(src: &Path) -> Graph {
        let lib_rs = src.join("lib.rs");
        let mut graph = Graph {
            modules: Vec::new(),
            lib_rs: lib_rs.clone(),
            uses: Vec::new(),
            unreadable: Vec::new(),
        };
        let mut files = VecDeque::from([(lib_rs, Vec::<String>::new(), false)]);
        while let Some((file, path, test)) = files.pop_front() {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let tokens: TokenStream = text
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
            let mut scan = Scan {
                file: &file,
                graph: &mut graph,
                declared: Vec::new(),
                depth: path.len(),
            };
            scan.stream(tokens, &path, test);
            let dir = match file.file_name().and_then(|n| n.to_str()) {
                Some("lib.rs" | "mod.rs") => file.parent().unwrap().to_owned(),
                _ => file.with_extension(""),
            };
            for (name, test) in scan.declared {
                let flat = dir.join(format!("{name}.rs"));
                let file = if flat.exists() {
                    flat
                } else {
                    dir.join(&name).join("mod.rs")
                };
                let mut path = path.clone();
                if path.is_empty() {
                    graph.modules.push(name.clone());
                }
                path.push(name);
                files.push_back((file, path, test));
            }
        }
        graph
    }
}

/// Reads one file's tokens into the graph.
struct Scan<'a> {
    file: &'a Path,
    graph: &'a mut Graph,
    /// `mod NAME;` declarations (files to read next), and whether under `#[cfg(test)]`.
    declared: Vec<(String, bool)>,
    /// How deep this file's module is; deeper paths are inline modules.
    depth: usize,
}

impl Scan<'_> {
    /// The tokens of module `path` (from the crate root); `test`: all of them are test code.
    fn stream(&mut self, tokens: TokenStream, path: &[String], test: bool) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        // Whether the item being read is under `#[cfg(test)]`, until it ends.
        let mut test_item = false;
        // Whether it has a `#[path]`, whose file is not read (and is named as unreadable).
        let mut elsewhere = false;
        let mut i = 0;
        while i < tokens.len() {
            let item_test = test || test_item;
            match &tokens[i] {
                TokenTree::Punct(p) if p.as_char() == '#' => {
                    if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                        if g.delimiter() == Delimiter::Bracket && is_cfg_test(g.stream()) {
                            test_item = true;
                            i += 2;
                            continue;
                        }
                        if g.delimiter() == Delimiter::Bracket {
                            elsewhere |= self.attribute(g.stream(), item_test);
                        }
                    }
                }
                TokenTree::Punct(p) if p.as_char() == ';' => {
                    test_item = false;
                    elsewhere = false;
                }
                TokenTree::Ident(id) if id == "mod" => {
                    if let Some(next) = self.module(&tokens, i, path, item_test, elsewhere) {
                        test_item = false;
                        i = next;
                        continue;
                    }
                }
                TokenTree::Ident(id) if id == "crate" && is_path_sep(&tokens, i + 1) => {
                    self.reach(&tokens, i + 3, &[], item_test);
                }
                TokenTree::Ident(id) if id == "super" && is_path_sep(&tokens, i + 1) => {
                    let mut base = path.to_vec();
                    let mut j = i;
                    while matches!(&tokens.get(j), Some(TokenTree::Ident(s)) if s == "super")
                        && is_path_sep(&tokens, j + 1)
                    {
                        base.pop();
                        j += 3;
                    }
                    self.reach(&tokens, j, &base, item_test);
                    i = j;
                    continue;
                }
                TokenTree::Ident(id)
                    if (id == "crate" || id == "super")
                        && matches!(tokens.get(i + 1), Some(TokenTree::Ident(a)) if a == "as") =>
                {
                    self.unreadable(
                        id.span().start().line,
                        &format!("`{id} as ...` names a module under another name"),
                    );
                }
                TokenTree::Group(g) => {
                    self.stream(g.stream(), path, item_test);
                    if g.delimiter() == Delimiter::Brace {
                        test_item = false;
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `mod NAME;` (a file to read next, unless `elsewhere`: `#[path]`) or `mod NAME {...}`
    /// at `tokens[at]`; for the latter, reads the body and returns where reading goes on.
    fn module(
        &mut self,
        tokens: &[TokenTree],
        at: usize,
        path: &[String],
        test: bool,
        elsewhere: bool,
    ) -> Option<usize> {
        let Some(TokenTree::Ident(name)) = tokens.get(at + 1) else {
            return None;
        };
        match tokens.get(at + 2) {
            Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => {
                let mut inner = path.to_vec();
                inner.push(name.to_string());
                self.stream(body.stream(), &inner, test);
                Some(at + 3)
            }
            Some(TokenTree::Punct(p)) if p.as_char() == ';' => {
                if path.len() > self.depth {
                    self.unreadable(
                        name.span().start().line,
                        &format!(
                            "`mod {name};` in an inline module, whose file the check would \
                             look for in the wrong folder"
                        ),
                    );
                } else if !elsewhere {
                    self.declared.push((name.to_string(), test));
                }
                None
            }
            _ => None,
        }
    }

    /// Something the check cannot follow, at `line` of this file.
    fn unreadable(&mut self, line: usize, what: &str) {
        let file = self.file.display();
        self.graph.unreadable.push(format!(
            "{file}:{line}: {what}: the layers cannot be checked through it"
        ));
    }

    /// An attribute (`#[...]`'s tokens): `#[path]` would take the check to files it does not
    /// read; a path in a string (`serde(with = "crate::x")`) is a use. Doc text is not.
    /// Returns whether it is `#[path]`.
    fn attribute(&mut self, tokens: TokenStream, test: bool) -> bool {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        match tokens.first() {
            Some(TokenTree::Ident(id)) if id == "doc" => return false,
            Some(TokenTree::Ident(id)) if id == "path" => {
                self.unreadable(id.span().start().line, "`#[path]`");
                return true;
            }
            _ => {}
        }
        let Some(from) = self.file_top() else {
            return false;
        };
        let mut strings = Vec::new();
        fn literals(tokens: &[TokenTree], out: &mut Vec<proc_macro2::Literal>) {
            for t in tokens {
                match t {
                    TokenTree::Literal(l) => out.push(l.clone()),
                    TokenTree::Group(g) => {
                        literals(&g.stream().into_iter().collect::<Vec<_>>(), out)
                    }
                    _ => {}
                }
            }
        }
        literals(&tokens, &mut strings);
        for literal in strings {
            let text = literal.to_string();
            for (at, _) in text.match_indices("crate::") {
                let name: String = text[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                self.graph.uses.push(Use {
                    from: from.clone(),
                    to: name,
                    file: self.file.to_owned(),
                    line: literal.span().start().line,
                    test,
                });
            }
        }
        false
    }

    /// The path that goes on at `tokens[at]` from module `base`: when `base` is the crate
    /// root, its next name (or each name of a `{...}` list) is a top-level module.
    fn reach(&mut self, tokens: &[TokenTree], at: usize, base: &[String], test: bool) {
        let Some(from) = self.file_top() else {
            return;
        };
        let mut names = Vec::new();
        match tokens.get(at) {
            _ if !base.is_empty() => {}
            Some(TokenTree::Ident(name)) => names.push(name.clone()),
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let list: Vec<TokenTree> = g.stream().into_iter().collect();
                let mut first = true;
                for t in &list {
                    match t {
                        TokenTree::Ident(name) if first => names.push(name.clone()),
                        TokenTree::Punct(p) if p.as_char() == ',' => {
                            first = true;
                            continue;
                        }
                        _ => {}
                    }
                    first = false;
                }
            }
            _ => {}
        }
        for name in names {
            self.graph.uses.push(Use {
                from: from.clone(),
                to: name.to_string(),
                file: self.file.to_owned(),
                line: name.span().start().line,
                test,
            });
        }
    }

    /// The top-level module this file belongs to; None for `lib.rs` (the root may use all).
    fn file_top(&self) -> Option<String> {
        let src = self.graph.lib_rs.parent().unwrap();
        let rel = self.file.strip_prefix(src).ok()?;
        let first = rel.components().next()?.as_os_str().to_str()?;
        match first {
            "lib.rs" | "main.rs" => None,
            name => Some(name.trim_end_matches(".rs").to_owned()),
        }
    }
}

/// `::` at `tokens[at..]`.
fn is_path_sep(tokens: &[TokenTree], at: usize) -> bool {
    matches!(
        (&tokens.get(at), &tokens.get(at + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// An attribute `cfg(test)` or `cfg(all(test, ...))`: test code only.
fn is_cfg_test(attribute: TokenStream) -> bool {
    let mut tokens = attribute.into_iter();
    let Some(TokenTree::Ident(cfg)) = tokens.next() else {
        return false;
    };
    let Some(TokenTree::Group(args)) = tokens.next() else {
        return false;
    };
    fn words(stream: TokenStream, out: &mut Vec<String>) {
        for t in stream {
            match t {
                TokenTree::Ident(id) => out.push(id.to_string()),
                TokenTree::Group(g) => words(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut found = Vec::new();
    words(args.stream(), &mut found);
    cfg == "cfg"
        && found.iter().any(|w| w == "test")
        && !found.iter().any(|w| w == "not" || w == "any")
}

/// What disagrees between the layers and the graph, one line each, sorted.
fn check(layers: &Layers, graph: &Graph) -> Vec<String> {
    let mut problems = graph.unreadable.clone();
    let lib = graph.lib_rs.display();
    for module in &graph.modules {
        if !layers.of.contains_key(module) {
            problems.push(format!(
                "{lib}: module `{module}` is on no line of the layers"
            ));
        }
    }
    for name in layers.of.keys() {
        if !graph.modules.contains(name) {
            problems.push(format!(
                "{lib}: the layers list `{name}`, which is no module"
            ));
        }
    }
    for edge in &graph.uses {
        let Some(&from) = layers.of.get(&edge.from) else {
            continue; // named above: on no line
        };
        let Some(&to) = layers.of.get(&edge.to) else {
            let (a, b) = (&edge.from, &edge.to);
            problems.push(format!(
                "{edge}: `{a}` uses `crate::{b}`, which is no module on the layers (the root's \
                 items are above them all)"
            ));
            continue;
        };
        if edge.from == edge.to || from < to || (to == 0 && edge.test) {
            continue;
        }
        let (a, b) = (&edge.from, &edge.to);
        let how = if from == to {
            "on its own layer"
        } else {
            "a layer above it"
        };
        let test = if edge.test { " (test code)" } else { "" };
        problems.push(format!(
            "{edge}: `{a}` (layer {from}) uses `{b}` (layer {to}), {how}{test}"
        ));
    }
    problems.sort();
    problems.dedup();
    problems
}
