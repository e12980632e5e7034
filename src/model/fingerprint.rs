//! A hash of everything the model computes, to check that native and wasm builds agree bit for
//! bit (issue 3: "Same seed, same result, on native and wasm").

use super::channel::ChannelId;
use super::engine::monte_carlo;
use super::presets::presets;
use super::scenario::Scenario;
use super::sensitivity::{break_even, tornado};
use super::sim::project;

/// `fingerprint(FINGERPRINT_SEED)` on x86_64 and on wasm32 (checked in node): a native test
/// pins it, a browser test can assert the same. Update it when the model's numbers change.
pub const FINGERPRINT: u64 = 10_411_013_770_002_066_913;
/// The seed [`FINGERPRINT`] was computed with.
pub const FINGERPRINT_SEED: u64 = 20250312;

fn mix(h: &mut u64, x: f64) {
    for b in x.to_bits().to_le_bytes() {
        *h ^= b as u64;
        *h = h.wrapping_mul(0x0000_0100_0000_01b3); // FNV-1a
    }
}

/// FNV-1a hash of the bits of every weekly row, Monte Carlo band (200 draws), tornado bar and
/// break-even value, for every preset and channel.
pub fn fingerprint(seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for p in presets() {
        let s = Scenario {
            seed,
            draws: 200,
            ..p.scenario
        };
        for ch in ChannelId::ALL {
            for w in &project(&s, ch).weeks {
                for v in [
                    w.net,
                    w.cash,
                    w.audience,
                    w.followers_donated,
                    w.donated_gmv,
                ] {
                    mix(&mut h, v);
                }
            }
            let r = monte_carlo(&Scenario {
                channel: ch,
                ..s.clone()
            });
            let bands = r.cum_net.iter().chain(&r.followers_donated);
            for b in bands.chain([&r.net, &r.net_per_hour, &r.donation_ratio]) {
                for v in [b.p10, b.p50, b.p90] {
                    mix(&mut h, v);
                }
            }
            mix(&mut h, r.p_net_positive);
            for b in tornado(&s, ch) {
                mix(&mut h, b.net_low);
                mix(&mut h, b.net_high);
            }
            for b in break_even(&s, ch) {
                mix(&mut h, b.value.unwrap_or(-1.0));
            }
        }
    }
    h
}
