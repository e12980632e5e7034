//! Browser entry point: mount the app. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tuike_calc::app::mount();
}
