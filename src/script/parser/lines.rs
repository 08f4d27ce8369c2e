//! The line driver: one rule per kind of line, chosen by the line's first symbol, plus the
//! bookkeeping that spans lines (knots and stitches, multi-line blocks, the header).

use std::borrow::Cow;

use nom::Input as _;
use nom::Parser;
use nom::bytes::complete::{tag, take_while};

use super::expr::{expr, keyword, name, ws};
use super::inline::{Stop, content, tag_list, tags};
use super::weave::Weave;
use super::{Few, FileAst, Include, Input, PError, PResult, exact, fail, span, span_between};
use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::{
    AltKind, Arm, AssignOp, Block, BlockKind, Choice, Def, DefKind, Example, Expr, ExprKind,
    Gather, Global, Item, Knot, Line, List, Logic, LogicKind, Name, Param, Parts, Record,
    ResponsePoint, Stitch, Tag, Voice,
};
use crate::script::check::{cast_names, speaker};
use crate::script::source::{FileId, Span};

/// How many levels of `* * *` choices (and `- -` gathers) a weave may have.
pub const MAX_WEAVE_DEPTH: u32 = 32;
/// How many multi-line `{` blocks may be open inside each other.
pub const MAX_BLOCK_DEPTH: u32 = 32;

/// Replaces `// ...` and `/* ... */` comments with spaces (keeping newlines), so that every
/// offset stays where it was. `\/` escapes a slash. Borrows when there is no comment.
pub fn blank_comments<'t>(
    file: FileId,
    text: &'t str,
    comments: &mut Vec<Span>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Cow<'t, str> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'/', &bytes[at..]) {
        let i = at + found;
        let escaped = i > 0 && bytes[i - 1] == b'\\';
        let end = match bytes.get(i + 1) {
            Some(b'/') if !escaped => {
                memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n)
            }
            Some(b'*') if !escaped => {
                if let Some(n) = memchr::memmem::find(&bytes[i + 2..], b"*/") {
                    i + 2 + n + 2
                } else {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::UnclosedBlock,
                            Span::new(file, i, i + 2),
                            "this comment is never closed",
                        )
                        .help("end the comment with `*/`"),
                    );
                    bytes.len()
                }
            }
            _ => {
                at = i + 1;
                continue;
            }
        };
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        for b in &mut buf[i..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        comments.push(Span::new(file, i, end));
        at = end;
    }
    match out {
        // Only whole UTF-8 sequences inside comments were replaced, byte for byte, by spaces.
        Some(buf) => Cow::Owned(String::from_utf8(buf).unwrap_or_default()),
        None => Cow::Borrowed(text),
    }
}

/// Where lines go while a knot, stitch or the top of the file is being read.
#[derive(PartialEq, Eq)]
enum Container {
    Top,
    Knot,
    Stitch,
}

enum BlockHead {
    Bare,
    Test(Expr),
    Alt(AltKind),
}

struct OpenBlock {
    head: BlockHead,
    open: Span,
    /// Lines before the first `-` arm (the body of `{ cond:` ... `}`).
    lead: Vec<Item>,
    /// `- test:` arms (`None` for `else`), or the items of alternatives.
    arms: Vec<(Option<Expr>, Vec<Item>, Span)>,
}

/// Reads the lines of one file.
pub struct Lines<'d> {
    file: FileId,
    diagnostics: &'d mut Vec<Diagnostic>,
    out: FileAst,
    container: Container,
    weave: Weave,
    blocks: Vec<OpenBlock>,
    /// Blocks opened past [`MAX_BLOCK_DEPTH`]: their lines are skipped until they close.
    skipped_blocks: u32,
    /// Whether this knot already reported nesting past [`MAX_WEAVE_DEPTH`]; deeper lines after
    /// that are skipped quietly, so that one slip gives one error.
    depth_reported: bool,
    header_open: bool,
    saw_content: bool,
    /// The cast's names, to tell spoken lines by; `None` until this file's own header has
    /// closed (the main file), or the main file's cast (an included file).
    cast: Option<Vec<String>>,
}

type LineResult<'a> = Result<(), nom::Err<PError>>;

impl<'d> Lines<'d> {
    /// A reader for `file`; `cast` is the main file's cast when this file is included, and
    /// `None` for the main file, whose header names its own.
    pub fn new(
        file: FileId,
        cast: Option<Vec<String>>,
        diagnostics: &'d mut Vec<Diagnostic>,
    ) -> Self {
        Lines {
            file,
            diagnostics,
            out: FileAst::default(),
            container: Container::Top,
            weave: Weave::default(),
            blocks: Vec::new(),
            skipped_blocks: 0,
            depth_reported: false,
            header_open: true,
            saw_content: false,
            cast,
        }
    }

    /// Reads every line of `code` (comments already blanked).
    pub fn run(mut self, code: &str) -> FileAst {
        let mut line_start = 0;
        loop {
            let len = memchr::memchr(b'\n', &code.as_bytes()[line_start..])
                .unwrap_or(code.len() - line_start);
            let text = &code[line_start..line_start + len];
            let line = Input::new(text, self.file, line_start);
            if let Err(e) = self.line(line) {
                match e {
                    nom::Err::Failure(PError::Fail(d)) | nom::Err::Error(PError::Fail(d)) => {
                        self.diagnostics.push(*d);
                    }
                    _ => self.diagnostics.push(
                        Diagnostic::new(Code::BadLine, span(&line), "this line cannot be read")
                            .help(
                                "check the symbols at the start of the line against docs/FORMAT.md",
                            ),
                    ),
                }
            }
            line_start += len + 1;
            if line_start > code.len() {
                break;
            }
        }
        self.finish_container();
        self.finish_knot();
        self.out
    }

    /// The knot's stitches are all read: drop the spare room of their list.
    fn finish_knot(&mut self) {
        if let Some(knot) = self.out.knots.last_mut() {
            knot.stitches.shrink_to_fit();
        }
    }

    fn line<'a>(&mut self, raw: Input<'a>) -> LineResult<'a> {
        let (l, _) = ws(raw)?;
        let text = l.fragment().trim_end();
        if text.is_empty() {
            return Ok(());
        }
        let l = l.take(text.len());
        if self.skipped_blocks > 0 {
            if text == "}" {
                self.skipped_blocks -= 1;
            } else if text.starts_with('{') && opens_block(l.fragment()) {
                self.skipped_blocks += 1;
            }
            return Ok(());
        }
        if self.header_open && !text.starts_with('#') {
            self.header_open = false;
            if self.cast.is_none() {
                self.cast = Some(cast_names(&self.out.header));
            }
        }
        let first = text.as_bytes()[0];
        match first {
            b'=' if text.starts_with("==") => self.knot_header(l),
            b'=' => self.stitch_header(l),
            b'*' | b'+' => self.choice(l),
            b'-' if !text.starts_with("->") => {
                if self.blocks.is_empty() {
                    self.gather(l)
                } else {
                    self.arm(l)
                }
            }
            b'~' => self.logic(l),
            b'?' if text.starts_with("??") => self.response(l),
            b'?' if text.starts_with("?=") => self.record(l),
            b'#' => {
                self.tag_line(l);
                Ok(())
            }
            b'@' => self.voice_line(l),
            b'<' if text.starts_with("<-") => fail(
                Code::Unsupported,
                span(&l.take(2)),
                "threads (`<-`) are not supported",
                Some("divert with `->`, or use a tunnel `-> knot ->` to run a scene and come back"),
            ),
            b'}' if text == "}" => self.close_block(l),
            b'{' if opens_block(l.fragment()) => self.open_block(l),
            _ => {
                if let Some(result) = self.keyword_line(l) {
                    return result;
                }
                let line = self.text_line(l, Voice::Narration)?;
                self.push(Item::Line(line));
                Ok(())
            }
        }
    }

    // ----- knots and stitches -------------------------------------------------------------

    fn finish_container(&mut self) {
        while let Some(block) = self.blocks.pop() {
            if self.blocks.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnclosedBlock,
                        block.open,
                        "this `{` block is never closed",
                    )
                    .label("opened here")
                    .help("close it with a `}` on a line of its own"),
                );
            }
            let item = Item::Block(Box::new(build_block(block, None)));
            self.push(item);
        }
        self.skipped_blocks = 0;
        self.depth_reported = false;
        let body = self.weave.finish();
        match self.container {
            Container::Top => self.out.top.extend(body),
            Container::Knot => {
                if let Some(k) = self.out.knots.last_mut() {
                    k.body = body;
                }
            }
            Container::Stitch => {
                if let Some(s) = self.out.knots.last_mut().and_then(|k| k.stitches.last_mut()) {
                    s.body = body;
                }
            }
        }
    }

    /// `=== name(params) ===` or `=== function name(params) ===`
    fn knot_header<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        self.finish_container();
        self.finish_knot();
        self.container = Container::Knot;
        let (r, _) = take_while(|c| c == '=').parse(l)?;
        let (r, _) = ws(r)?;
        let (r, function) = match keyword("function")(r) {
            Ok((r, _)) => (ws(r)?.0, true),
            Err(_) => (r, false),
        };
        let (r, knot_name) = name(r).or_else(|_| {
            fail(
                Code::BadLine,
                span(&l),
                "a knot needs a name",
                Some("write `=== name ===`, with letters, digits and `_` in the name"),
            )
        })?;
        let (r, params) = params(r)?;
        let (r, _) = ws(r)?;
        let (r, _) = take_while(|c| c == '=').parse(r)?;
        end_of_line(r, "after the knot's name")?;
        self.out.knots.push(Knot {
            name: knot_name,
            function,
            params,
            body: Vec::new(),
            stitches: Vec::new(),
            span: span(&l),
        });
        Ok(())
    }

    /// `= name(params)`
    fn stitch_header<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        if self.container == Container::Top {
            return fail(
                Code::Misplaced,
                span(&l),
                "a stitch must be inside a knot",
                Some("add a knot header `=== name ===` above it"),
            );
        }
        self.finish_container();
        self.container = Container::Stitch;
        let (r, _) = tag("=").parse(l)?;
        let (r, _) = ws(r)?;
        let (r, stitch_name) = name(r).or_else(|_| {
            fail(Code::BadLine, span(&l), "a stitch needs a name", Some("write `= name`"))
        })?;
        let (r, params) = params(r)?;
        end_of_line(r, "after the stitch's name")?;
        let stitch = Stitch { name: stitch_name, params, body: Vec::new(), span: span(&l) };
        if let Some(knot) = self.out.knots.last_mut() {
            // Most knots have one stitch or none: room for exactly one at first, so that
            // `finish_knot` seldom has spare room to give back.
            if knot.stitches.is_empty() {
                knot.stitches.reserve_exact(1);
            }
            knot.stitches.push(stitch);
        }
        Ok(())
    }

    /// Reports choices or gathers nested past [`MAX_WEAVE_DEPTH`], once per knot.
    fn too_deep<'a>(&mut self, l: Input<'a>, level: u32) -> LineResult<'a> {
        if std::mem::replace(&mut self.depth_reported, true) {
            return Ok(());
        }
        fail(
            Code::LimitExceeded,
            span(&l.take(floor_char(l.fragment(), MAX_WEAVE_DEPTH as usize * 2))),
            format!(
                "choices or gathers nested {level} deep; at most {MAX_WEAVE_DEPTH} levels are allowed"
            ),
            Some("move deeper levels into a stitch of their own and divert to it"),
        )
    }

    // ----- weave items --------------------------------------------------------------------

    /// Adds an item where it belongs: in the open block, or in the weave being collected.
    fn push(&mut self, item: Item) {
        match &item {
            Item::Gather(g) => self.define(DefKind::Label, g.label.as_deref()),
            Item::Response(p) => self.define(DefKind::ResponseLabel, p.label.as_deref()),
            Item::Record(r) => self.define(DefKind::Record, Some(&r.var)),
            Item::Logic(l) => {
                if let LogicKind::Temp { name, .. } = &l.kind {
                    self.define(DefKind::Temp, Some(name));
                }
            }
            _ => {}
        }
        if let Some(block) = self.blocks.last_mut() {
            match block.arms.last_mut() {
                Some(arm) => arm.1.push(item),
                None => block.lead.push(item),
            }
            return;
        }
        self.weave.push(item);
    }

    /// Adds the tags of a line of its own: those right after a response point or record
    /// prompt belong to it.
    fn push_tags(&mut self, tags: Few<Tag>) {
        if self.blocks.is_empty() {
            match self.weave.last_mut() {
                Some(Item::Response(point)) if point.branches.is_empty() => {
                    absorb_tags(point, tags, self.diagnostics);
                    return;
                }
                Some(Item::Record(record)) => {
                    let (hints, other) = split_hints(tags);
                    add_exactly(&mut record.hints, hints);
                    add_exactly(&mut record.tags, other);
                    return;
                }
                _ => {}
            }
        }
        self.push(Item::Tags { tags: exact(tags) });
    }

    /// Lists a name the current container defines (see [`Def`]). Called as an item joins
    /// the tree, so that every listed name is in it.
    fn define(&mut self, kind: DefKind, name: Option<&Name>) {
        let Some(name) = name else { return };
        let (knot, stitch) = match self.container {
            Container::Top => (None, None),
            Container::Knot => (self.out.knots.len().checked_sub(1), None),
            Container::Stitch => {
                let knot = self.out.knots.len().checked_sub(1);
                let stitch = knot.and_then(|k| self.out.knots[k].stitches.len().checked_sub(1));
                (knot, stitch)
            }
        };
        let index = |i: Option<usize>| i.map(|i| i as u32);
        self.out.defs.push(Def {
            knot: index(knot),
            stitch: index(stitch),
            kind,
            name: name.clone(),
        });
    }

    /// Adds a choice to the weave (see [`Weave::choice`]).
    fn push_choice(&mut self, choice: Choice) {
        self.define(DefKind::Label, choice.label.as_deref());
        self.weave.choice(choice);
    }

    fn not_in_block<'a>(&self, l: Input<'a>, what: &str) -> LineResult<'a> {
        if self.blocks.is_empty() {
            return Ok(());
        }
        fail(
            Code::Misplaced,
            span(&l),
            format!("{what} cannot stand inside a `{{` block"),
            Some("end the block first, or divert from the block to a stitch that holds it"),
        )
    }

    /// `* (label) {cond} Start [menu only] after -> target # tag`
    fn choice<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        self.not_in_block(l, "a choice")?;
        let sticky = l.fragment().starts_with('+');
        let sigil = if sticky { '+' } else { '*' };
        let (mut r, mut level) = (l, 0u32);
        while let Some(c) = r.fragment().chars().next() {
            if c == sigil {
                level += 1;
            } else if c == '*' || c == '+' {
                return fail(
                    Code::BadLine,
                    span(&r.take(1)),
                    "a choice mixes `*` and `+`",
                    Some("use `*` for a choice offered once, `+` for one offered every time"),
                );
            } else if c != ' ' && c != '\t' {
                break;
            }
            r = r.take_from(1);
        }
        if level > MAX_WEAVE_DEPTH {
            return self.too_deep(l, level);
        }
        let (r, label) = label(r)?;
        let (mut r, _) = ws(r)?;
        let mut conditions = Few::new();
        while r.fragment().starts_with('{') {
            let Some((after, cond)) = condition(r)? else { break };
            conditions.push(cond);
            r = ws(after)?.0;
        }
        let conditions = exact(conditions);
        let mut choice = Choice {
            sticky,
            level,
            label,
            conditions,
            voice: Voice::Narration,
            start: Parts::default(),
            menu: None,
            after: Parts::default(),
            tags: List::default(),
            body: List::default(),
            span: span(&l),
        };
        if r.fragment().trim_end() == "->" {
            self.push_choice(choice);
            return Ok(());
        }
        let (r, start) = content(r, Stop::ChoiceStart, 0)?;
        choice.start = start;
        self.speaker(&mut choice.voice, &mut choice.start, choice.span);
        let mut r = r;
        if r.fragment().starts_with('[') {
            let open = r;
            let (r2, menu) = content(r.take_from(1), Stop::ChoiceMenu, 0)?;
            if !r2.fragment().starts_with(']') {
                return fail(
                    Code::UnclosedBracket,
                    span(&open.take(1)),
                    "this `[` is never closed",
                    Some("add `]` where the menu-only text ends"),
                );
            }
            choice.menu = Some(menu);
            let (r3, after) = content(r2.take_from(1), Stop::ChoiceAfter, 0)?;
            choice.after = after;
            r = r3;
        }
        choice.tags = tags(r);
        self.push_choice(choice);
        Ok(())
    }

    /// `- (label) content`, `- - nested`
    fn gather<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let (mut r, mut level) = (l, 0u32);
        loop {
            let f = r.fragment();
            if f.starts_with('-') && !f.starts_with("->") {
                level += 1;
            } else if !f.starts_with([' ', '\t']) {
                break;
            }
            r = r.take_from(1);
        }
        if level > MAX_WEAVE_DEPTH {
            return self.too_deep(l, level);
        }
        let (r, label) = label(r)?;
        let (r, _) = ws(r)?;
        let line =
            if r.fragment().is_empty() { None } else { Some(self.text_line(r, Voice::Narration)?) };
        self.push(Item::Gather(Box::new(Gather { level, label, line, span: span(&l) })));
        Ok(())
    }

    /// `~ temp x = 1`, `~ x = x + 1`, `~ x++`, `~ return x`, `~ f(x)`
    fn logic<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let (r, _) = tag("~").parse(l)?;
        let (r, _) = ws(r)?;
        let need_expr = |r: Input<'a>, what: &str| -> PResult<'a, Expr> {
            expr(r).or_else(|e| match e {
                nom::Err::Error(_) => fail(
                    Code::BadExpression,
                    span(&r.take(0)),
                    format!("expected an expression {what}"),
                    None,
                ),
                e => Err(e),
            })
        };
        let kind = if let Ok((r, _)) = keyword("temp")(r) {
            let (r, _) = ws(r)?;
            let (r, var) = name(r).or_else(|_| {
                fail(
                    Code::BadLine,
                    span(&l),
                    "`temp` needs a name",
                    Some("write `~ temp name = value`"),
                )
            })?;
            let (r, _) = ws(r)?;
            let (r, _) = tag::<_, _, PError>("=").parse(r).or_else(|_| {
                fail(
                    Code::BadLine,
                    span(&r.take(0)),
                    "expected `=` and a value",
                    Some("write `~ temp name = value`"),
                )
            })?;
            let (r, _) = ws(r)?;
            let (r, value) = need_expr(r, "after `=`")?;
            end_of_line(r, "after the value")?;
            LogicKind::Temp { name: var, value }
        } else if let Ok((r, _)) = keyword("return")(r) {
            let (r, _) = ws(r)?;
            if r.fragment().is_empty() {
                LogicKind::Return { value: None }
            } else {
                let (r, value) = need_expr(r, "after `return`")?;
                end_of_line(r, "after the value")?;
                LogicKind::Return { value: Some(value) }
            }
        } else if let Some(kind) = assignment(r)? {
            kind
        } else {
            let (r2, e) = need_expr(r, "after `~`")?;
            end_of_line(r2, "after the expression")?;
            LogicKind::Eval { expr: e }
        };
        self.push(Item::Logic(Box::new(Logic { kind, span: span(&l) })));
        Ok(())
    }

    /// `?? (label) What do you say? # hint: ...`
    fn response<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        self.not_in_block(l, "a response point")?;
        let (r, _) = tag("??").parse(l)?;
        let (r, _) = ws(r)?;
        let (r, label) = label(r)?;
        let (r, _) = ws(r)?;
        let (r, prompt) = content(r, Stop::Line, 0)?;
        let mut point = ResponsePoint {
            label,
            prompt,
            hints: Vec::new(),
            examples: Vec::new(),
            tags: Vec::new(),
            branches: Vec::new(),
            span: span(&l),
        };
        absorb_tags(&mut point, tag_list(r), self.diagnostics);
        self.push(Item::Response(Box::new(point)));
        Ok(())
    }

    /// `?= goal: What would you like to get out of this?`
    fn record<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let (r, _) = tag("?=").parse(l)?;
        let (r, _) = ws(r)?;
        let usage = Some("write `?= name: question`; the reply is kept in the variable `name`");
        let (r, var) = name(r)
            .or_else(|_| fail(Code::BadLine, span(&l), "`?=` needs a variable name", usage))?;
        let (r, _) = ws(r)?;
        let (r, _) = tag::<_, _, PError>(":").parse(r).or_else(|_| {
            fail(Code::BadLine, span(&r.take(0)), "expected `:` after the variable name", usage)
        })?;
        let (r, _) = ws(r)?;
        let (r, prompt) = content(r, Stop::Line, 0)?;
        let (hints, other) = split_hints(tag_list(r));
        self.push(Item::Record(Box::new(Record {
            var,
            prompt,
            hints: exact(hints).into_vec(),
            tags: exact(other).into_vec(),
            span: span(&l),
        })));
        Ok(())
    }

    /// `@coach: How did that feel?`
    fn voice_line<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let (r, _) = tag("@").parse(l)?;
        let usage = "`@coach: text` is the only voice; a cast member speaks as `Name: text`";
        let Ok((r, voice)) = name(r) else {
            return fail(Code::BadLine, span(&l.take(1)), "`@` starts a coach line", Some(usage));
        };
        if voice.text != "coach" || !r.fragment().starts_with(':') {
            let near = if strsim::jaro_winkler(&voice.text.to_lowercase(), "coach") > 0.8 {
                "did you mean `@coach:`? "
            } else {
                ""
            };
            return fail(
                Code::BadLine,
                span_between(&l, &r),
                format!("unknown voice `@{}`", voice.text),
                Some(&format!("{near}{usage}")),
            );
        }
        let line = self.text_line(r.take_from(1), Voice::Coach)?;
        self.push(Item::Line(Line { span: span(&l), ..line }));
        Ok(())
    }

    /// `# tag # another`; at the top of the main file, before any content, the header.
    fn tag_line(&mut self, l: Input<'_>) {
        let found = tag_list(l);
        if self.header_open && self.container == Container::Top {
            self.out.header.extend(found);
        } else if !found.is_empty() {
            self.push_tags(found);
        }
    }

    fn text_line(&mut self, l: Input<'_>, mut voice: Voice) -> Result<Line, nom::Err<PError>> {
        let (r, _) = ws(l)?;
        let (r, mut parts) = content(r, Stop::Line, 0)?;
        if self.container == Container::Top && !parts.is_empty() {
            self.saw_content = true;
        }
        let span = span(&l);
        self.speaker(&mut voice, &mut parts, span);
        Ok(Line { voice, parts, tags: tags(r), span })
    }

    /// `Name: text` is spoken when `Name` is in the cast.
    fn speaker(&mut self, voice: &mut Voice, parts: &mut Parts, line: Span) {
        let cast = self.cast.as_deref().unwrap_or_default();
        speaker(cast, voice, parts, line, self.diagnostics);
    }

    // ----- VAR, CONST, INCLUDE and what is not supported ------------------------------------

    fn keyword_line<'a>(&mut self, l: Input<'a>) -> Option<LineResult<'a>> {
        // Every keyword starts with a capital letter; most lines are text.
        if !l.fragment().starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        for (word, what) in [
            ("LIST", "lists (`LIST`) are not supported"),
            ("EXTERNAL", "external functions (`EXTERNAL`) are not supported"),
        ] {
            if let Ok((_, k)) = keyword(word)(l) {
                let help =
                    "use `VAR` with a number, text or true/false, and `=== function ===` for logic";
                return Some(fail(Code::Unsupported, span(&k), what, Some(help)));
            }
        }
        if let Ok((r, _)) = keyword("INCLUDE")(l) {
            return Some(self.include(l, r));
        }
        for (word, constant) in [("VAR", false), ("CONST", true)] {
            if let Ok((r, _)) = keyword(word)(l) {
                return Some(self.global(l, r, word, constant));
            }
        }
        None
    }

    fn include<'a>(&mut self, l: Input<'a>, r: Input<'a>) -> LineResult<'a> {
        if self.container != Container::Top || self.saw_content {
            return fail(
                Code::Misplaced,
                span(&l),
                "`INCLUDE` must come before the story's first line",
                Some("move the `INCLUDE` lines to the top of the file"),
            );
        }
        let path = r.fragment().trim();
        if path.is_empty() {
            return fail(
                Code::BadLine,
                span(&l),
                "`INCLUDE` needs a file name",
                Some("write `INCLUDE other.ink`"),
            );
        }
        self.out.includes.push(Include { path: path.to_string(), span: span(&l) });
        Ok(())
    }

    fn global<'a>(
        &mut self,
        l: Input<'a>,
        r: Input<'a>,
        word: &str,
        constant: bool,
    ) -> LineResult<'a> {
        let usage = format!("write `{word} name = value`");
        if self.container != Container::Top {
            return fail(
                Code::Misplaced,
                span(&l),
                format!("`{word}` must stand outside knots"),
                Some(
                    "move it above the first knot, or use `~ temp name = value` for a local variable",
                ),
            );
        }
        let (r, _) = ws(r)?;
        let (r, var) = name(r).or_else(|_| {
            fail(Code::BadLine, span(&l), format!("`{word}` needs a name"), Some(&usage))
        })?;
        let (r, _) = ws(r)?;
        let (r, _) = tag::<_, _, PError>("=").parse(r).or_else(|_| {
            fail(Code::BadLine, span(&r.take(0)), "expected `=` and a value", Some(&usage))
        })?;
        let (r, _) = ws(r)?;
        let (r, value) = expr(r).or_else(|e| match e {
            nom::Err::Error(_) => {
                fail(Code::BadExpression, span(&r.take(0)), "expected a value", Some(&usage))
            }
            e => Err(e),
        })?;
        end_of_line(r, "after the value")?;
        self.out.globals.push(Global { constant, name: var, value });
        Ok(())
    }

    // ----- multi-line blocks --------------------------------------------------------------

    /// `{`, `{ cond:`, `{ subject:` or `{ stopping:` (and the other alternative kinds).
    fn open_block<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        if self.blocks.len() as u32 >= MAX_BLOCK_DEPTH {
            self.skipped_blocks = 1;
            return fail(
                Code::LimitExceeded,
                span(&l.take(1)),
                format!("blocks nested more than {MAX_BLOCK_DEPTH} deep"),
                Some("move the inner blocks to a stitch or a function"),
            );
        }
        let (r, _) = ws(l.take_from(1))?;
        let head = if r.fragment().is_empty() {
            BlockHead::Bare
        } else if let Some(kind) = alt_kind_head(r.fragment()) {
            BlockHead::Alt(kind)
        } else {
            let (r2, test) = expr(r)?;
            let (r2, _) = ws(r2)?;
            let (r2, _) = tag(":").parse(r2)?;
            end_of_line(r2, "after `:`")?;
            BlockHead::Test(test)
        };
        self.blocks.push(OpenBlock {
            head,
            open: span(&l.take(1)),
            lead: Vec::new(),
            arms: Vec::new(),
        });
        Ok(())
    }

    /// A `- test:` / `- else:` arm, or a `- item` of multi-line alternatives.
    fn arm<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let (r, _) = ws(l.take_from(1))?;
        let alternatives = matches!(self.blocks.last().map(|b| &b.head), Some(BlockHead::Alt(_)));
        let (r, test) = if alternatives {
            (r, None)
        } else if let Ok((r2, _)) = keyword("else")(r) {
            let (r2, _) = ws(r2)?;
            let (r2, _) = tag::<_, _, PError>(":").parse(r2).or_else(|_| {
                fail(
                    Code::BadLine,
                    span(&r2.take(0)),
                    "expected `:` after `else`",
                    Some("write `- else:`"),
                )
            })?;
            (r2, None)
        } else {
            let (r2, test) = expr(r).or_else(|e| match e {
                nom::Err::Error(_) => fail(
                    Code::BadLine,
                    span(&l),
                    "expected a condition or value after `-`",
                    Some("in a `{` block each branch starts `- condition:` or `- else:`"),
                ),
                e => Err(e),
            })?;
            let (r2, _) = ws(r2)?;
            let (r2, _) = tag::<_, _, PError>(":").parse(r2).or_else(|_| {
                fail(
                    Code::BadLine,
                    span(&r2.take(0)),
                    "expected `:` after the condition",
                    Some("write `- condition:` and put the content after the colon or on the next lines"),
                )
            })?;
            (r2, Some(test))
        };
        let (r, _) = ws(r)?;
        let block = self.blocks.last_mut().expect("arm() runs only inside a block");
        block.arms.push((test, Vec::new(), span(&l)));
        if !r.fragment().is_empty() {
            let line = self.text_line(r, Voice::Narration)?;
            self.push(Item::Line(line));
        }
        Ok(())
    }

    fn close_block<'a>(&mut self, l: Input<'a>) -> LineResult<'a> {
        let Some(block) = self.blocks.pop() else {
            return fail(
                Code::UnmatchedClose,
                span(&l),
                "this `}` closes no block",
                Some("remove it, or open the block with `{` on a line above"),
            );
        };
        let item = Item::Block(Box::new(build_block(block, Some(span(&l)))));
        self.push(item);
        Ok(())
    }
}

/// A line that starts with `{` opens a multi-line block when its first brace is not closed on
/// the same line (and, as in `{ cond:`, nothing but a head precedes the line break).
#[must_use]
pub fn opens_block(line: &str) -> bool {
    let mut depth = 0i32;
    let mut escaped = false;
    for b in line.bytes() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    // `{ cond: text` with text after the colon is an inline condition missing its `}`; leave
    // that to the inline parser, which reports the unclosed brace.
    let head = line[1..].trim();
    head.is_empty() || head.ends_with(':')
}

fn alt_kind_head(head: &str) -> Option<AltKind> {
    let words: Vec<&str> = head.trim_end_matches(':').split_whitespace().collect();
    if !head.trim_end().ends_with(':') {
        return None;
    }
    match words.as_slice() {
        ["stopping"] => Some(AltKind::Stopping),
        ["cycle"] => Some(AltKind::Cycle),
        ["once"] => Some(AltKind::Once),
        ["shuffle"] => Some(AltKind::Shuffle),
        ["shuffle", "once"] => Some(AltKind::ShuffleOnce),
        ["shuffle", "stopping"] => Some(AltKind::ShuffleStopping),
        _ => None,
    }
}

fn build_block(block: OpenBlock, close: Option<Span>) -> Block {
    let span = close.map_or(block.open, |c| block.open.to(c));
    let OpenBlock { head, open, lead, arms } = block;
    let kind = match head {
        BlockHead::Alt(kind) => {
            BlockKind::Alternatives { kind, items: arms.into_iter().map(|a| a.1).collect() }
        }
        BlockHead::Bare => BlockKind::Conditions { arms: to_arms(arms) },
        BlockHead::Test(test) if lead.is_empty() && arms.iter().any(|a| a.0.is_some()) => {
            BlockKind::Switch { subject: test, arms: to_arms(arms) }
        }
        BlockHead::Test(test) => {
            let mut all = vec![Arm { test: Some(test), body: lead, span: open }];
            all.extend(to_arms(arms));
            BlockKind::Conditions { arms: all }
        }
    };
    Block { kind, span }
}

fn to_arms(arms: Vec<(Option<Expr>, Vec<Item>, Span)>) -> Vec<Arm> {
    arms.into_iter().map(|(test, body, span)| Arm { test, body, span }).collect()
}

// ----- small rules shared by several lines ----------------------------------------------------

/// The largest character boundary in `text` at or below `at`.
fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Nothing but spaces may follow.
fn end_of_line<'a>(r: Input<'a>, what: &str) -> PResult<'a, ()> {
    let (r, _) = ws(r)?;
    if r.fragment().is_empty() {
        return Ok((r, ()));
    }
    fail(
        Code::BadLine,
        span(&r),
        format!("unexpected text {what}"),
        Some("remove it, or start a new line"),
    )
}

/// `(name)` before a choice's or gather's text, or after `??`.
fn label(r: Input<'_>) -> PResult<'_, Option<Box<Name>>> {
    let Ok((r2, _)) = tag::<_, _, PError>("(").parse(r) else { return Ok((r, None)) };
    let (r2, _) = ws(r2)?;
    let Ok((r2, n)) = name(r2) else { return Ok((r, None)) };
    let (r2, _) = ws(r2)?;
    match tag::<_, _, PError>(")").parse(r2) {
        Ok((r2, _)) => Ok((r2, Some(Box::new(n)))),
        Err(_) => Ok((r, None)),
    }
}

/// `{expr}` before a choice's text. `Ok(None)` when the braces hold inline content instead.
fn condition(r: Input<'_>) -> Result<Option<(Input<'_>, Expr)>, nom::Err<PError>> {
    let inner = r.take_from(1);
    let (inner, _) = ws(inner)?;
    let Ok((after, cond)) = expr(inner) else { return Ok(None) };
    let (after, _) = ws(after)?;
    if !after.fragment().starts_with('}') {
        return Ok(None);
    }
    Ok(Some((after.take_from(1), cond)))
}

/// `(a, ref b, -> c)` after a knot or stitch name.
fn params(r: Input<'_>) -> PResult<'_, Vec<Param>> {
    let (r, _) = ws(r)?;
    let Ok((mut r, _)) = tag::<_, _, PError>("(").parse(r) else { return Ok((r, Vec::new())) };
    let open = r;
    let mut out = Few::new();
    loop {
        let (r2, _) = ws(r)?;
        if let Ok((r3, _)) = tag::<_, _, PError>(")").parse(r2) {
            return Ok((r3, exact(out).into_vec()));
        }
        let (r2, by_ref) = match keyword("ref")(r2) {
            Ok((r3, _)) => (ws(r3)?.0, true),
            Err(_) => (r2, false),
        };
        let (r2, target) = match tag::<_, _, PError>("->").parse(r2) {
            Ok((r3, _)) => (ws(r3)?.0, true),
            Err(_) => (r2, false),
        };
        let (r2, n) = name(r2).or_else(|_| {
            fail(
                Code::BadLine,
                span(&open),
                "expected a parameter name",
                Some("write parameters as `(name, ref other, -> target)`"),
            )
        })?;
        out.push(Param { name: n, by_ref, target });
        let (r2, _) = ws(r2)?;
        r = match tag::<_, _, PError>(",").parse(r2) {
            Ok((r3, _)) => r3,
            Err(_) => r2,
        };
        if !r.fragment().starts_with(')')
            && r.location_offset() == r2.location_offset()
            && !r.fragment().is_empty()
        {
            if r.fragment().starts_with(',') {
                continue;
            }
            return fail(
                Code::BadLine,
                span(&open),
                "the parameter list is not closed",
                Some("separate parameters with `,` and close the list with `)`"),
            );
        }
        if r.fragment().is_empty() {
            return fail(
                Code::BadLine,
                span(&open),
                "the parameter list is not closed",
                Some("close the list with `)`"),
            );
        }
    }
}

/// `x = 1`, `x += 1`, `x -= 1`, `x++`, `x--`; `Ok(None)` when the line is not an assignment.
fn assignment(r: Input<'_>) -> Result<Option<LogicKind>, nom::Err<PError>> {
    let Ok((after, var)) = name(r) else { return Ok(None) };
    let (after, _) = ws(after)?;
    let f = after.fragment();
    let one = |var: &Name| Expr { kind: ExprKind::Int(1), span: var.span };
    let (op, rest) = if f.starts_with("++") || f.starts_with("--") {
        end_of_line(after.take_from(2), "after the increment")?;
        let op = if f.starts_with("++") { AssignOp::Add } else { AssignOp::Sub };
        let value = one(&var);
        return Ok(Some(LogicKind::Assign { name: var, op, value }));
    } else if f.starts_with("+=") {
        (AssignOp::Add, after.take_from(2))
    } else if f.starts_with("-=") {
        (AssignOp::Sub, after.take_from(2))
    } else if f.starts_with('=') && !f.starts_with("==") {
        (AssignOp::Set, after.take_from(1))
    } else {
        return Ok(None);
    };
    let (rest, _) = ws(rest)?;
    let (rest, value) = expr(rest).or_else(|e| match e {
        nom::Err::Error(_) => fail(
            Code::BadExpression,
            span(&rest.take(0)),
            "expected a value after the assignment",
            None,
        ),
        e => Err(e),
    })?;
    end_of_line(rest, "after the value")?;
    Ok(Some(LogicKind::Assign { name: var, op, value }))
}

fn split_hints(tags: Few<Tag>) -> (Few<Tag>, Few<Tag>) {
    let mut hints = Few::new();
    let mut other = Few::new();
    for t in tags {
        match strip_key(&t.text, "hint").map(|hint| within(&t.text, hint)) {
            Some(range) => hints.push(Tag { text: narrowed(t.text, range), span: t.span }),
            None => other.push(t),
        }
    }
    (hints, other)
}

/// Where `part`, a slice of `text`, stands in it.
fn within(text: &str, part: &str) -> std::ops::Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// Only the `range` of `text`, in the same allocation (a tag's value without its key).
fn narrowed(mut text: String, range: std::ops::Range<usize>) -> String {
    text.truncate(range.end);
    text.drain(..range.start);
    text
}

/// `key: rest` → `rest`, for a tag that starts with `key` and a colon.
fn strip_key<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let rest = text.strip_prefix(key)?.trim_start();
    rest.strip_prefix(':').map(str::trim)
}

/// Sorts a response point's tags into hints, examples and the rest.
fn absorb_tags(point: &mut ResponsePoint, tags: Few<Tag>, diagnostics: &mut Vec<Diagnostic>) {
    let (hints, other) = split_hints(tags);
    add_exactly(&mut point.hints, hints);
    let mut examples = Few::new();
    let mut rest = Few::new();
    for t in other {
        let Some(rest) = t.text.strip_prefix("example").filter(|r| r.starts_with([' ', '\t', ':']))
        else {
            rest.push(t);
            continue;
        };
        let Some((style, text)) = rest.split_once(':') else {
            diagnostics.push(
                Diagnostic::new(Code::BadLine, t.span, "an example needs a style and a colon")
                    .help("write `# example assertive: the model answer`"),
            );
            continue;
        };
        let style_text = style.trim();
        if style_text.is_empty() || text.trim().is_empty() {
            diagnostics.push(
                Diagnostic::new(Code::BadLine, t.span, "an example needs a style and an answer")
                    .help("write `# example assertive: the model answer`"),
            );
            continue;
        }
        // The style name's own span, for precise messages about it.
        let style_at = within(&t.text, style_text);
        let style_span = Span {
            start: t.span.start + style_at.start as u32,
            end: t.span.start + style_at.end as u32,
            ..t.span
        };
        let style = Name { text: style_text.into(), span: style_span };
        let answer = within(&t.text, text.trim());
        examples.push(Example { style, text: narrowed(t.text, answer), span: t.span });
    }
    add_exactly(&mut point.examples, examples);
    add_exactly(&mut point.tags, rest);
}

/// Adds items to a list of the tree without leaving spare room.
fn add_exactly<T>(list: &mut Vec<T>, items: Few<T>) {
    list.reserve_exact(items.len());
    list.extend(items);
}
