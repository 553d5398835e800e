//! Imports run one way: `tools/module-graph.py --check` reads the `use` graph of src/ and fails
//! on a module cycle that `tools/module-cycles.allow` does not list (with its reason). Run here
//! so that `cargo test` catches a new cycle before landing; `tools/test.sh` runs it too.

use std::process::Command;

#[test]
fn no_new_module_cycle() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = match Command::new("python3").arg(format!("{root}/tools/module-graph.py")).arg("--check").output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("SKIP: python3 is not available ({e}); the module graph was not checked");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("ok: no module cycle outside tools/module-cycles.allow"), "{stdout}");
}
