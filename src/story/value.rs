//! Values of story variables and expressions: whole numbers, numbers, text, true/false and
//! divert targets, with ink's arithmetic and comparisons.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::script::ast::BinaryOp;

/// A value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// `true`, `false`.
    Bool(bool),
    /// `42`.
    Int(i64),
    /// `4.2`.
    Float(f64),
    /// `"text"`.
    Str(String),
    /// `-> knot`: the path of a knot or stitch.
    Target {
        /// The path, such as `knot.stitch`.
        target: String,
    },
}

impl Default for Value {
    fn default() -> Self {
        Value::Int(0)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(n) => write!(f, "{n}"),
            Value::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => write!(f, "{}", *x as i64),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => f.write_str(s),
            Value::Target { target } => f.write_str(target),
        }
    }
}

/// Why an operation on values failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl Value {
    /// Whether the value counts as true in a condition.
    #[must_use]
    pub fn truthy(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Target { .. } => true,
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Value::Int(n) => Some(*n as f64),
            Value::Float(x) => Some(*x),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        }
    }

    fn int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            Value::Bool(b) => Some(i64::from(*b)),
            _ => None,
        }
    }

    /// The value as a whole number, if it is one (or true/false).
    #[must_use]
    pub fn as_int(&self) -> Option<i64> {
        self.int().or(match self {
            Value::Float(x) => Some(*x as i64),
            _ => None,
        })
    }

    /// The value as a number.
    #[must_use]
    pub fn as_float(&self) -> Option<f64> {
        self.number()
    }

    /// Applies a binary operator (`and`/`or` are handled by the caller, which short-circuits).
    pub fn binary(&self, op: BinaryOp, rhs: &Value) -> Result<Value, ValueError> {
        use BinaryOp as B;
        let err = || ValueError(format!("cannot apply `{}` to {self:?} and {rhs:?}", op.symbol()));
        Ok(match op {
            B::Or => Value::Bool(self.truthy() || rhs.truthy()),
            B::And => Value::Bool(self.truthy() && rhs.truthy()),
            B::Eq => Value::Bool(self.equals(rhs)),
            B::Ne => Value::Bool(!self.equals(rhs)),
            B::Lt | B::Le | B::Gt | B::Ge => {
                let (a, b) = (self.number().ok_or_else(err)?, rhs.number().ok_or_else(err)?);
                Value::Bool(match op {
                    B::Lt => a < b,
                    B::Le => a <= b,
                    B::Gt => a > b,
                    _ => a >= b,
                })
            }
            B::Has | B::HasNot => {
                let (Value::Str(a), Value::Str(b)) = (self, rhs) else { return Err(err()) };
                Value::Bool(a.contains(b.as_str()) == (op == B::Has))
            }
            B::Add if matches!(self, Value::Str(_)) || matches!(rhs, Value::Str(_)) => {
                Value::Str(format!("{self}{rhs}"))
            }
            B::Add | B::Sub | B::Mul | B::Div | B::Mod => {
                if let (Some(a), Some(b)) = (self.int(), rhs.int()) {
                    let result = match op {
                        B::Add => a.checked_add(b),
                        B::Sub => a.checked_sub(b),
                        B::Mul => a.checked_mul(b),
                        B::Div if b == 0 => return Err(ValueError("division by zero".into())),
                        B::Div => a.checked_div(b),
                        _ if b == 0 => return Err(ValueError("division by zero".into())),
                        _ => a.checked_rem(b),
                    };
                    return result
                        .map(Value::Int)
                        .ok_or_else(|| ValueError("the number is too large".into()));
                }
                let (a, b) = (self.number().ok_or_else(err)?, rhs.number().ok_or_else(err)?);
                Value::Float(match op {
                    B::Add => a + b,
                    B::Sub => a - b,
                    B::Mul => a * b,
                    B::Div => a / b,
                    _ => a % b,
                })
            }
        })
    }

    fn equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Str(a), Value::Str(b))
            | (Value::Target { target: a }, Value::Target { target: b }) => a == b,
            // Numbers compare by value, as in ink: `1 == 1.0`.
            #[allow(clippy::float_cmp)]
            (a, b) => match (a.number(), b.number()) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
        }
    }
}
