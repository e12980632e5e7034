//! Browser entry point: mount the app. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tuike_calc::app::mount();
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
