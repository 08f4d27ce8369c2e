//! Where rehearse keeps a coachee's files: transcripts (one JSON Lines file per session,
//! flushed after every turn), saved sessions, and the line-editor history. The folder is the
//! user's data directory (or `REHEARSE_HOME`), created 0700; files are created 0600. When it
//! cannot be written the rehearsal still runs, with a warning.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The folder for rehearse's files, if one can be had.
#[must_use]
pub fn home() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("REHEARSE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "rehearse").map(|d| d.data_dir().to_path_buf())
}

/// Creates a folder (and its parents) readable only by the user.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Opens a file for appending, creating it readable only by the user.
pub fn private_append(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes a whole file atomically: a temporary file in the same folder, synced, then renamed
/// over the target, so that a crash leaves the old file or the new one, never half of one.
pub fn private_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    {
        let mut options = OpenOptions::new();
        options.create(true).write(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, path)
}

/// An append-only JSON Lines log, flushed after every line.
#[derive(Debug)]
pub struct Transcript {
    file: Option<File>,
    /// Where it is written, if anywhere.
    pub path: Option<PathBuf>,
}

impl Transcript {
    /// A transcript in `home/transcripts/NAME.jsonl`, or none (with a warning) when it cannot
    /// be created.
    #[must_use]
    pub fn create(home: Option<&Path>, name: &str) -> Transcript {
        let Some(home) = home else {
            return Transcript { file: None, path: None };
        };
        let dir = home.join("transcripts");
        let path = dir.join(format!("{name}.jsonl"));
        match private_dir(&dir).and_then(|()| private_append(&path)) {
            Ok(file) => Transcript { file: Some(file), path: Some(path) },
            Err(e) => {
                eprintln!(
                    "warning: cannot write the transcript in `{}` ({e}); the rehearsal runs without it",
                    dir.display()
                );
                Transcript { file: None, path: None }
            }
        }
    }

    /// Opens an existing transcript to go on appending to it.
    #[must_use]
    pub fn open(path: &Path) -> Transcript {
        match private_append(path) {
            Ok(file) => Transcript { file: Some(file), path: Some(path.to_path_buf()) },
            Err(e) => {
                eprintln!("warning: cannot append to the transcript `{}` ({e})", path.display());
                Transcript { file: None, path: None }
            }
        }
    }

    /// Appends one event and flushes it to disk.
    pub fn write(&mut self, event: &serde_json::Value) {
        if let Some(file) = &mut self.file {
            let ok = writeln!(file, "{event}").and_then(|()| file.flush());
            if let Err(e) = ok {
                eprintln!("warning: cannot write the transcript ({e})");
                self.file = None;
            }
        }
    }
}
