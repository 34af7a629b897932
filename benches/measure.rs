//! Times a piece of work many times and prints the median and spread; shared by the benches.

use std::time::{Duration, Instant};

/// Runs `work` `runs` times (after a tenth as many warm-up runs) and prints its median, p10 and
/// p90; returns the median.
pub fn measure(name: &str, runs: usize, mut work: impl FnMut()) -> Duration {
    for _ in 0..runs / 10 {
        work();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "{name:<48} median {:>8.2?}   p10 {:>8.2?}   p90 {:>8.2?}   ({runs} runs)",
        at(0.5),
        at(0.1),
        at(0.9)
    );
    at(0.5)
}
