//! Loading a scenario from disk: reading and decoding files, resolving `INCLUDE`s (relative to
//! the including file, never outside the folder of the file named on the command line, even
//! through symlinks), and merging every file into one [`Script`].

use std::collections::HashSet;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::Script;
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
        match source::decode(&bytes) {
            Ok(text) => {
                let id = self.sources.add(SourceFile::new(name, text));
                let ast = parser::parse(id, &self.sources.get(id).text, &mut self.diagnostics);
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
            script.knots.extend(ast.knots);
        }
        script.header = crate::script::check::header(&header, &mut self.diagnostics);
        Parsed { sources: self.sources, script, diagnostics: self.diagnostics }
    }

    fn include_all(&mut self, file: FileId, dir: &Path) {
        let includes = self.files[file.0 as usize].includes.clone();
        for include in includes {
            // Refuse paths that leave the folder before touching the file system, so that a
            // script cannot even learn whether a file outside exists; then again after
            // resolving symbolic links.
            let candidate = lexical(&dir.join(&include.path));
            let outside = |d: &mut Vec<Diagnostic>| {
                d.push(
                    Diagnostic::new(
                        Code::IncludeOutside,
                        include.span,
                        format!("`{}` lies outside the scenario's folder", include.path),
                    )
                    .help("a scenario may only include files in its own folder or below it; copy the file there"),
                );
            };
            if self.folder.as_os_str().is_empty() || !candidate.starts_with(&self.folder) {
                outside(&mut self.diagnostics);
                continue;
            }
            let Ok(resolved) = candidate.canonicalize() else {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::IncludeNotFound,
                        include.span,
                        format!("cannot find `{}`", include.path),
                    )
                    .help("the path is relative to the file that has the `INCLUDE` line"),
                );
                continue;
            };
            if !resolved.starts_with(&self.folder) {
                outside(&mut self.diagnostics);
                continue;
            }
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
