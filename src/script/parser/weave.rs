//! ink's weave tree, built as the items of a container arrive: each choice owns the content
//! after it up to the next choice or gather of the same or a lower level, and the choices right
//! after a response point are its branches.

use crate::script::ast::{Choice, Item};

/// The weave of the container being read.
#[derive(Default)]
pub struct Weave {
    /// Open frames: the container's own items first, then one per choice whose content is
    /// still being read. Closed frames stay for reuse (`open` counts those in use), so that a
    /// large script does not grow a fresh vector for every choice.
    frames: Vec<Frame>,
    open: usize,
}

#[derive(Default)]
struct Frame {
    depth: u32,
    items: Vec<Item>,
}

impl Weave {
    /// Adds the next item that is not a choice (those come through [`Weave::choice`]).
    pub fn push(&mut self, item: Item) {
        if let Item::Gather(g) = &item {
            self.close_to(g.level);
        } else if self.open == 0 {
            self.open_frame(0);
        }
        self.frames[self.open - 1].items.push(item);
    }

    /// Adds a choice: a branch of the response point just before it, or an item of its own.
    /// It stays unboxed until it is known which.
    pub fn choice(&mut self, choice: Choice) {
        self.close_to(choice.level);
        let top = &mut self.frames[self.open - 1];
        let depth = top.depth + 1;
        if let Some(Item::Response(point)) = top.items.last_mut() {
            point.branches.push(choice);
        } else {
            top.items.push(Item::Choice(Box::new(choice)));
        }
        self.open_frame(depth);
    }

    /// Closes the choices a choice or gather at `level` ends. A choice at level `n` lives in
    /// the weave `n - 1` choices deep; one that claims more depth than is open is placed one
    /// deeper than the innermost open choice.
    fn close_to(&mut self, level: u32) {
        if self.open == 0 {
            self.open_frame(0);
        }
        while self.open > 1 && self.frames[self.open - 1].depth > level - 1 {
            self.close();
        }
    }

    /// The item read last at the innermost open level.
    pub fn last_mut(&mut self) -> Option<&mut Item> {
        self.open.checked_sub(1).and_then(|top| self.frames[top].items.last_mut())
    }

    /// Closes every open choice and hands over the container's items, leaving the weave empty
    /// for the next container.
    pub fn finish(&mut self) -> Vec<Item> {
        while self.open > 1 {
            self.close();
        }
        let Some(root) = self.frames.first_mut().filter(|_| self.open == 1) else {
            return Vec::new();
        };
        self.open = 0;
        // Drained into a vector of exactly their number; the frame keeps its room.
        root.items.drain(..).collect()
    }

    fn open_frame(&mut self, depth: u32) {
        if self.open == self.frames.len() {
            self.frames.push(Frame::default());
        }
        self.frames[self.open].depth = depth;
        self.open += 1;
    }

    /// Closes the innermost choice: its frame's items become the choice's content.
    fn close(&mut self) {
        self.open -= 1;
        let (parents, rest) = self.frames.split_at_mut(self.open);
        let (frame, parent) = (&mut rest[0], &mut parents[self.open - 1]);
        let owner: Option<&mut Choice> = match parent.items.last_mut() {
            Some(Item::Choice(c)) => Some(c),
            Some(Item::Response(p)) => p.branches.last_mut(),
            _ => None,
        };
        match owner {
            Some(choice) => choice.body = frame.items.drain(..).collect(),
            None => frame.items.clear(),
        }
    }
}
