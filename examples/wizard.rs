//! Prints the wizard's notes and top 3, with reasons and cautions, for four contrasting sets of
//! answers: `cargo run --example wizard`.

use peer_support_guide::domain::wizard::{notes, recommend, Answers};

fn show(title: &str, answers: &[(&str, &[&str])]) {
    let mut set = Answers::default();
    for (question, choices) in answers {
        set.set(question, choices);
    }
    println!("{title}\n  answers: {}", set.encode());
    for note in notes(&set) {
        println!("  note: {}", note.text);
    }
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
            ("psych-medication", &["yes"]),
            ("meetings", &["online"]),
            ("region", &["outside-us"]),
            ("support", &["tools"]),
        ],
    );
    show(
        "A person on methadone, with no mental-health condition, who wants meetings near them",
        &[
            ("who", &["me"]),
            ("substances", &["opioids"]),
            ("severity", &["some"]),
            ("mental-health", &["no"]),
            ("moud", &["yes"]),
            ("meetings", &["in-person"]),
            ("region", &["us"]),
        ],
    );
    show(
        "A parent looking for support while their child uses opioids and alcohol",
        &[
            ("who", &["someone-else"]),
            ("substances", &["opioids", "alcohol-and-drugs"]),
            ("severity", &["not-sure"]),
            ("mental-health", &["yes"]),
            ("meetings", &["either"]),
            ("region", &["outside-us"]),
            ("women", &["yes"]),
        ],
    );
}
