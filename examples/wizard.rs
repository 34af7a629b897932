//! Prints the wizard's top 3, with reasons and cautions, for two contrasting sets of answers:
//! `cargo run --example wizard`.

use peer_support_guide::domain::wizard::{recommend, Answers};

fn show(title: &str, answers: &[(&str, &[&str])]) {
    let mut set = Answers::default();
    for (question, choices) in answers {
        set.set(question, choices);
    }
    println!("{title}\n  answers: {}", set.encode());
    for (rank, recommendation) in recommend(&set).iter().take(3).enumerate() {
        println!(
            "  {}. {} (score {})",
            rank + 1,
            recommendation.group.name,
            recommendation.score
        );
        for reason in &recommendation.reasons {
            println!("     fits because: {reason}");
        }
        for caution in &recommendation.cautions {
            println!("     keep in mind: {caution}");
        }
    }
    println!();
}

fn main() {
    show(
        "A person who wants a spiritual path, a sponsor and meetings near them",
        &[
            ("who", &["me"]),
            ("substances", &["opioids"]),
            ("spirituality", &["spiritual"]),
            ("meetings", &["in-person"]),
            ("region", &["us"]),
            ("support", &["sponsor"]),
        ],
    );
    show(
        "A person outside the US who prefers secular, lives with depression and takes medication",
        &[
            ("who", &["me"]),
            ("substances", &["several"]),
            ("spirituality", &["secular"]),
            ("mental-health", &["yes"]),
            ("medication", &["yes"]),
            ("meetings", &["online"]),
            ("region", &["outside-us"]),
            ("support", &["tools"]),
        ],
    );
}
