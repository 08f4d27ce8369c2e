//! Folds a flat list of items, in which choices and gathers carry their level, into ink's
//! weave tree: each choice owns the content after it up to the next choice or gather of the
//! same or a lower level, and the choices right after a response point are its branches.

use crate::script::ast::{Choice, Item};

struct Frame {
    depth: u32,
    items: Vec<Item>,
}

/// Builds the weave. A choice at level `n` lives in the weave `n - 1` choices deep; one that
/// claims more depth than is open is placed one deeper than the innermost open choice.
/// `flat` is emptied, keeping its room for the next container.
#[must_use]
pub fn build(flat: &mut Vec<Item>) -> Vec<Item> {
    let mut stack = vec![Frame { depth: 0, items: Vec::new() }];
    for item in flat.drain(..) {
        let level = match &item {
            Item::Choice(c) => Some(c.level),
            Item::Gather(g) => Some(g.level),
            _ => None,
        };
        if let Some(level) = level {
            while stack.len() > 1 && stack.last().is_some_and(|f| f.depth > level - 1) {
                close(&mut stack);
            }
        }
        let top = stack.last_mut().expect("the root frame is never closed");
        match item {
            Item::Choice(choice) => {
                let depth = top.depth + 1;
                if let Some(Item::Response(point)) = top.items.last_mut() {
                    point.branches.push(*choice);
                } else {
                    top.items.push(Item::Choice(choice));
                }
                stack.push(Frame { depth, items: Vec::new() });
            }
            other => top.items.push(other),
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    let mut items = stack.pop().map(|f| f.items).unwrap_or_default();
    items.shrink_to_fit();
    items
}

fn close(stack: &mut Vec<Frame>) {
    let frame = stack.pop().expect("closing a frame that is open");
    let parent = stack.last_mut().expect("a closed frame has a parent");
    let owner: Option<&mut Choice> = match parent.items.last_mut() {
        Some(Item::Choice(c)) => Some(c),
        Some(Item::Response(p)) => p.branches.last_mut(),
        _ => None,
    };
    if let Some(choice) = owner {
        choice.body = frame.items.into_boxed_slice();
    }
}
