// The tracker's "just for today" lines, one a day in turn. Our own words: short, kind, and
// never a rule; none is a quote from any fellowship's literature.

pub static JUST_FOR_TODAY: &[&str] = &[
    "Just for today, you only need to get through today. Tomorrow can wait.",
    "Just for today, one meeting, one call or one walk is enough.",
    "Just for today, be as kind to yourself as you would be to a friend.",
    "Just for today, if it gets hard, reach out. You don't have to do this alone.",
    "Just for today, notice one thing that went a little better than before.",
    "Just for today, rest counts as progress too.",
    "Just for today, ask for help once, even for something small.",
];
