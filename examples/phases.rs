#[path = "../benches/generate.rs"]
mod generate;
use std::time::Instant;
#[global_allocator]
static A: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let text = generate::scenario(16 << 20);
    for _ in 0..3 {
        let mut d = Vec::new();
        let t = Instant::now();
        let f = rehearse::script::parser::parse(rehearse::script::source::FileId(0), &text, &mut d);
        let t4 = t.elapsed();
        let t = Instant::now();
        drop(f);
        println!("parse-only {t4:?} drop {:?}", t.elapsed());
    }
}
