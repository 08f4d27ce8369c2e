//! Loading a scenario from disk: reading and decoding files, resolving `INCLUDE`s (relative to
//! the including file, never outside the folder of the file named on the command line, even
//! through symlinks), and merging every file into one [`Script`].

use std::collections::HashSet;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::{Def, Script};
use crate::script::check::cast_names;
use crate::script::parser::{self, FileAst};
use crate::script::source::{self, FileId, SourceFile, Sources, Span};

/// Largest script file read, in bytes. A coach's scenario is a few kilobytes; this leaves room
/// for generated stories while refusing a stray multi-gigabyte file before reading it.
pub const MAX_SCRIPT_BYTES: u64 = 64 * 1024 * 1024;
/// Most files one scenario may consist of, the main file included.
pub const MAX_FILES: usize = 64;

/// The main file could not be read at all (not a problem inside it): exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Missing, unreadable, or a directory.
    #[error("cannot read `{path}`: {source}")]
    Io {
        /// The path as given.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A parsed scenario with its sources and everything found wrong while reading it.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Every file read, for rendering diagnostics.
    pub sources: Sources,
    /// The merged syntax tree.
    pub script: Script,
    /// Problems found while reading and parsing.
    pub diagnostics: Vec<Diagnostic>,
    /// The scenario's own pattern pack (`# patterns: FILE`): its name and text.
    pub patterns: Option<(String, String)>,
    /// The names of the cues that pack defines, which branch conditions may test.
    pub cues: Vec<String>,
}

/// Where a path named by a script leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Inside {
    /// A file inside the scenario's folder.
    Found(PathBuf),
    /// Outside the folder (before or after following symbolic links).
    Outside,
    /// No such file.
    Missing,
}

/// Resolves `rel` against `dir` and keeps it inside `folder`: checked on the path itself before
/// the file system is asked (so a script cannot even learn whether a file outside exists), and
/// again after symbolic links are followed.
#[must_use]
pub fn inside(folder: &Path, dir: &Path, rel: &str) -> Inside {
    let candidate = lexical(&dir.join(rel));
    if folder.as_os_str().is_empty() || !candidate.starts_with(folder) {
        return Inside::Outside;
    }
    match candidate.canonicalize() {
        Ok(resolved) if resolved.starts_with(folder) => Inside::Found(resolved),
        Ok(_) => Inside::Outside,
        Err(_) => Inside::Missing,
    }
}

/// Reads, decodes and parses `path` and every file it INCLUDEs.
pub fn load(path: &Path) -> Result<Parsed, LoadError> {
    let io = |source| LoadError::Io { path: path.display().to_string(), source };
    let meta = fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::other("it is a directory; name a script file inside it")));
    }
    let root = path.canonicalize().map_err(io)?;
    let folder = root.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut loader = Loader::new(folder);
    let bytes = read_limited(path, meta.len()).map_err(io)?;
    loader.visiting.push(root.clone());
    loader.seen.insert(root);
    let main = loader.add_file(path.display().to_string(), bytes, meta.len());
    let folder = loader.folder.clone();
    Ok(loader.finish(main, &folder))
}

/// Parses a script held in memory; `INCLUDE`s resolve against `folder` (and may not leave it).
#[must_use]
pub fn load_bytes(name: &str, bytes: &[u8], folder: &Path) -> Parsed {
    let folder = folder.canonicalize().unwrap_or_else(|_| lexical(folder));
    let mut loader = Loader::new(folder.clone());
    let limited = (bytes.len() as u64 <= MAX_SCRIPT_BYTES).then(|| bytes.to_vec());
    let main = loader.add_file(name.to_string(), limited, bytes.len() as u64);
    loader.finish(main, &folder)
}

/// Reads at most the size limit; `None` when the file is larger (the caller reports it).
fn read_limited(path: &Path, len: u64) -> std::io::Result<Option<Vec<u8>>> {
    if len > MAX_SCRIPT_BYTES {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(len as usize);
    fs::File::open(path)?.take(MAX_SCRIPT_BYTES + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_SCRIPT_BYTES).then_some(bytes))
}

struct Loader {
    folder: PathBuf,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    files: Vec<FileAst>,
    seen: HashSet<PathBuf>,
    visiting: Vec<PathBuf>,
}

impl Loader {
    fn new(folder: PathBuf) -> Self {
        Loader {
            folder,
            sources: Sources::default(),
            diagnostics: Vec::new(),
            files: Vec::new(),
            seen: HashSet::new(),
            visiting: Vec::new(),
        }
    }

    /// Decodes and parses one file; `bytes` is `None` when it was over the size limit.
    fn add_file(&mut self, name: String, bytes: Option<Vec<u8>>, len: u64) -> FileId {
        let Some(bytes) = bytes else {
            let id = self.sources.add(SourceFile::new(name, String::new()));
            self.diagnostics.push(
                Diagnostic::new(
                    Code::LimitExceeded,
                    Span::new(id, 0, 0),
                    format!(
                        "the file has {len} bytes; scripts may have at most {MAX_SCRIPT_BYTES}"
                    ),
                )
                .help("split the scenario into several files with `INCLUDE`"),
            );
            self.files.push(FileAst::default());
            return id;
        };
        match source::decode(bytes) {
            Ok(text) => {
                let id = self.sources.add(SourceFile::new(name, text));
                // The first file is the main one; the files it includes share its cast.
                let cast = self.files.first().map(|main| cast_names(&main.header));
                let text = &self.sources.get(id).text;
                let ast = parser::parse(id, text, cast, &mut self.diagnostics);
                self.files.push(ast);
                id
            }
            Err(bad) => {
                let id = self.sources.add(SourceFile::new(name, bad.lossy));
                let at = bad.at;
                let width =
                    self.sources.get(id).text[at..].chars().next().map_or(0, char::len_utf8);
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::InvalidUtf8,
                        Span::new(id, at, at + width),
                        format!("the file is not valid UTF-8 (first bad byte at offset {})", bad.offset),
                    )
                    .label("not UTF-8")
                    .help("save the file as UTF-8; most editors offer this under 'Save with encoding'"),
                );
                self.files.push(FileAst::default());
                id
            }
        }
    }

    /// Resolves the INCLUDEs of `file` (depth first) and merges everything into one script.
    fn finish(mut self, main: FileId, main_dir: &Path) -> Parsed {
        self.include_all(main, main_dir);
        let mut files = std::mem::take(&mut self.files);
        let mut script = Script::default();
        let mut main_ast = std::mem::take(&mut files[main.0 as usize]);
        let header = std::mem::take(&mut main_ast.header);
        // Included files in load order (depth first), then the main file, so that an included
        // file's opening lines run where its INCLUDE stands: before the main file's first line.
        for ast in files.into_iter().skip(1).chain(std::iter::once(main_ast)) {
            script.globals.extend(ast.globals);
            script.top.extend(ast.top);
            // The file numbered its knots from 0; here they follow the knots before them.
            let first = script.knots.len() as u32;
            script
                .defs
                .extend(ast.defs.into_iter().map(|d| Def { knot: d.knot.map(|k| first + k), ..d }));
            script.knots.extend(ast.knots);
        }
        script.header = crate::script::check::header(&header, &mut self.diagnostics);
        let (patterns, cues) = self.pattern_pack(&script.header, &header).unzip();
        let cues = cues.unwrap_or_default();
        Parsed { sources: self.sources, script, diagnostics: self.diagnostics, patterns, cues }
    }

    /// Reads and checks the pack a `# patterns:` header names.
    fn pattern_pack(
        &mut self,
        header: &crate::script::ast::Header,
        tags: &[crate::script::ast::Tag],
    ) -> Option<((String, String), Vec<String>)> {
        let rel = header.patterns.as_ref()?;
        let span = tags
            .iter()
            .find(|t| t.text.starts_with("patterns"))
            .map_or_else(Span::default, |t| t.span);
        let bad = |message: String, help: &str| {
            Diagnostic::new(Code::BadHeader, span, message).help(help)
        };
        let folder = self.folder.clone();
        let path = match inside(&folder, &folder, rel) {
            Inside::Found(path) => path,
            Inside::Outside => {
                self.diagnostics.push(bad(
                    format!("`{rel}` lies outside the scenario's folder"),
                    "keep the pattern pack next to the scenario",
                ));
                return None;
            }
            Inside::Missing => {
                self.diagnostics.push(bad(
                    format!("cannot find the pattern pack `{rel}`"),
                    "the path is relative to the scenario's folder",
                ));
                return None;
            }
        };
        // One byte past the limit is enough for the pack reader to report the size.
        let limit = crate::score::pack::MAX_PACK_BYTES as u64 + 1;
        let mut bytes = Vec::new();
        if let Err(e) = fs::File::open(&path).and_then(|f| f.take(limit).read_to_end(&mut bytes)) {
            self.diagnostics.push(bad(
                format!("cannot read the pattern pack `{rel}`: {e}"),
                "check the file's permissions",
            ));
            return None;
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        // Read alone for its cue names, then with the built-in pack it adds to.
        let mut builder = crate::score::pack::Builder::default();
        let checked = builder
            .add(rel, &text)
            .and_then(|()| crate::score::Scorer::with_packs(&[(rel.clone(), text.clone())]));
        if let Err(e) = checked {
            self.diagnostics.push(bad(
                format!("the pattern pack has an error: {e}"),
                "fix the pack; `rehearse score --patterns FILE` shows the same error",
            ));
            return None;
        }
        let cues = builder.cue_names().map(str::to_string).collect();
        Some(((rel.clone(), text), cues))
    }

    fn include_all(&mut self, file: FileId, dir: &Path) {
        let includes = self.files[file.0 as usize].includes.clone();
        for include in includes {
            // Refuse paths that leave the folder before touching the file system, so that a
            // script cannot even learn whether a file outside exists; then again after
            // resolving symbolic links.
            let resolved = match inside(&self.folder, dir, &include.path) {
                Inside::Found(resolved) => resolved,
                Inside::Outside => {
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::IncludeOutside,
                            include.span,
                            format!("`{}` lies outside the scenario's folder", include.path),
                        )
                        .help("a scenario may only include files in its own folder or below it; copy the file there"),
                    );
                    continue;
                }
                Inside::Missing => {
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::IncludeNotFound,
                            include.span,
                            format!("cannot find `{}`", include.path),
                        )
                        .help("the path is relative to the file that has the `INCLUDE` line"),
                    );
                    continue;
                }
            };
            if self.visiting.contains(&resolved) {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::IncludeCycle,
                        include.span,
                        format!("`{}` includes itself", include.path),
                    )
                    .label("this INCLUDE closes a circle")
                    .help("remove one of the INCLUDE lines in the circle"),
                );
                continue;
            }
            if !self.seen.insert(resolved.clone()) {
                continue;
            }
            if self.files.len() >= MAX_FILES {
                self.diagnostics.push(Diagnostic::new(
                    Code::LimitExceeded,
                    include.span,
                    format!("a scenario may have at most {MAX_FILES} files"),
                ));
                return;
            }
            let len = fs::metadata(&resolved).map_or(0, |m| m.len());
            let bytes = match read_limited(&resolved, len) {
                Ok(bytes) => bytes,
                Err(e) => {
                    self.diagnostics.push(Diagnostic::new(
                        Code::IncludeNotFound,
                        include.span,
                        format!("cannot read `{}`: {e}", include.path),
                    ));
                    continue;
                }
            };
            let shown = Path::new(&self.sources.get(file).name)
                .parent()
                .unwrap_or(Path::new(""))
                .join(&include.path);
            let id = self.add_file(shown.display().to_string(), bytes, len);
            self.visiting.push(resolved.clone());
            let next_dir = resolved.parent().map(Path::to_path_buf).unwrap_or_default();
            self.include_all(id, &next_dir);
            self.visiting.pop();
        }
    }
}

/// Resolves `.` and `..` in a path without asking the file system.
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
