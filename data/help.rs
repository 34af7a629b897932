// Help lines shown on "Get help now", from ../shared/sources/catalog-facts.md and safety-facts.md
// (checked November 2026).
// Sentences are our own words. Numbers in `href`s are digits only so every phone can dial them.

use crate::domain::help::{Contact, ContactKind, Helpline, Region};
use crate::domain::sources::{Confidence, Source, YearMonth};

const CHECKED: YearMonth = YearMonth {
    year: 2026,
    month: 11,
};

/// The 988 Lifeline's source, for its English and Spanish cards.
const LIFELINE_SOURCE: Source = Source {
    name: "988 Suicide & Crisis Lifeline",
    url: Some("https://988lifeline.org"),
    checked: CHECKED,
    confidence: Confidence::Confirmed,
};

/// SAMHSA's helpline, in English and in Spanish: its TTY number and its source.
const SAMHSA_TTY: Contact = Contact {
    kind: ContactKind::Call,
    label: "TTY 1-800-487-4889",
    href: "tel:18004874889",
};
const SAMHSA_SOURCE: Source = Source {
    name: "SAMHSA, US Department of Health and Human Services",
    url: Some("https://www.samhsa.gov/find-help/helplines/national-helpline"),
    checked: CHECKED,
    confidence: Confidence::Confirmed,
};

pub static HELPLINES: &[Helpline] = &[
    Helpline {
        id: "emergency",
        name: "Emergency services",
        summary: "If you or someone near you is in danger right now, or may have overdosed, call for help straight away.",
        note: None,
        region: Region::UnitedStatesAndCanada,
        contacts: &[Contact {
            kind: ContactKind::Call,
            label: "Call 911",
            href: "tel:911",
        }],
        source: Source {
            name: "911.gov",
            url: Some("https://www.911.gov"),
            checked: CHECKED,
            confidence: Confidence::Confirmed,
        },
    },
    Helpline {
        id: "lifeline-988",
        name: "988 Suicide & Crisis Lifeline",
        summary: "Free and open all day, every day. Talk to a trained counselor about a crisis, thoughts of suicide, or drug or alcohol use.",
        note: Some("In Spanish: call 988 and press 2, or text AYUDA to 988. Canada has its own 9-8-8 line."),
        region: Region::UnitedStates,
        contacts: &[
            Contact {
                kind: ContactKind::Call,
                label: "Call 988",
                href: "tel:988",
            },
            Contact {
                kind: ContactKind::Text,
                label: "Text 988",
                href: "sms:988",
            },
            Contact {
                kind: ContactKind::Website,
                label: "Chat online at 988lifeline.org",
                href: "https://988lifeline.org",
            },
        ],
        source: LIFELINE_SOURCE,
    },
    Helpline {
        id: "samhsa",
        name: "SAMHSA National Helpline",
        summary: "Free and private, 24 hours a day, 7 days a week. They can tell you about treatment, support groups and other services near you.",
        note: Some("It gives referrals and information. It is not a crisis line: in a crisis, call or text 988. Help in Spanish is there if you ask for it."),
        region: Region::UnitedStates,
        contacts: &[
            Contact {
                kind: ContactKind::Call,
                label: "Call 1-800-662-4357 (1-800-662-HELP)",
                href: "tel:18006624357",
            },
            SAMHSA_TTY,
        ],
        source: SAMHSA_SOURCE,
    },
    Helpline {
        id: "emergency-elsewhere",
        name: "Emergency numbers in other countries",
        summary: "In danger or an overdose outside the US and Canada? Call the local emergency number.",
        note: Some("112 works across the EU, and on most mobile phones in many other countries."),
        region: Region::OtherCountries,
        contacts: &[
            Contact {
                kind: ContactKind::Call,
                label: "Call 112 (EU)",
                href: "tel:112",
            },
            Contact {
                kind: ContactKind::Call,
                label: "Call 999 (UK)",
                href: "tel:999",
            },
            Contact {
                kind: ContactKind::Call,
                label: "Call 000 (Australia)",
                href: "tel:000",
            },
        ],
        source: Source {
            name: "European Commission (112), UK Government (999), Australian Government (000)",
            url: Some("https://digital-strategy.ec.europa.eu/en/policies/112"),
            checked: CHECKED,
            confidence: Confidence::Confirmed,
        },
    },
    Helpline {
        id: "outside-us",
        name: "Outside the US: Find A Helpline",
        summary: "A directory of more than 1,300 free helplines in about 130 countries. Pick your country to see who you can call, text or chat with.",
        note: None,
        region: Region::Worldwide,
        contacts: &[Contact {
            kind: ContactKind::Website,
            label: "Find a helpline in your country",
            href: "https://findahelpline.com",
        }],
        source: Source {
            name: "Find A Helpline",
            url: Some("https://findahelpline.com"),
            checked: CHECKED,
            confidence: Confidence::Secondary,
        },
    },
];

/// Help lines in Spanish, shown first on Spanish pages (after the emergency number) and only there (English pages say how to reach
/// them in the 988 and SAMHSA cards). Written in Spanish here: no English page shows them.
/// Facts from ../shared/sources/safety-facts.md ("Regions") and catalog-facts.md (SAMHSA).
pub static SPANISH_HELPLINES: &[Helpline] = &[
    Helpline {
        id: "lifeline-988-es",
        name: "988 Línea de Prevención del Suicidio y Crisis, en español",
        summary: "Gratis, todos los días, a cualquier hora. Habla en español con un consejero capacitado sobre una crisis, pensamientos de suicidio, o el consumo de drogas o alcohol.",
        note: Some("Llama al 988 y marca 2 para hablar en español, o envía la palabra AYUDA por mensaje de texto al 988."),
        region: Region::UnitedStates,
        contacts: &[
            Contact {
                kind: ContactKind::Call,
                label: "Llamar al 988 y marcar 2",
                href: "tel:988",
            },
            Contact {
                kind: ContactKind::Text,
                label: "Enviar AYUDA al 988",
                href: "sms:988",
            },
        ],
        source: LIFELINE_SOURCE,
    },
    Helpline {
        id: "samhsa-es",
        name: "Línea Nacional de Ayuda de SAMHSA, en español",
        summary: "Gratis y confidencial, las 24 horas, los 7 días de la semana. Te informan sobre tratamiento, grupos de apoyo y otros servicios cerca de ti.",
        note: Some("Pide hablar en español cuando te contesten. Da información y te dice adónde ir. No es una línea de crisis: en una crisis, llama al 988 o envía AYUDA por mensaje de texto al 988."),
        region: Region::UnitedStates,
        contacts: &[
            Contact {
                kind: ContactKind::Call,
                label: "Llamar al 1-800-662-4357",
                href: "tel:18006624357",
            },
            SAMHSA_TTY,
        ],
        source: SAMHSA_SOURCE,
    },
];
