// Everyday words people type in the group search, and the catalog fact each stands for.
// The groups a word finds come from their facts (src/domain/search.rs, `Meaning::fits`), so a
// new group in data/groups.rs is found by the same words. Words are written folded: lower case,
// no accents, a single space between the words of a phrase; phrases are split at commas.
// Kept short on purpose: every byte here ships to phones.

use crate::domain::catalog::Substance;
use crate::domain::search::Meaning;

pub static WORDS: &[(Meaning, &str)] = &[
    (
        Meaning::Medication,
        "methadone,buprenorphine,suboxone,subutex,moud,mat,medication,medications,meds,metadona,buprenorfina",
    ),
    (
        Meaning::Christian,
        "christian,christians,christianity,church,churches,faith,jesus,bible,religion,religious,cristiano,cristiana,iglesia",
    ),
    (Meaning::Spiritual, "spiritual,spirituality,god,higher power,espiritual,dios"),
    (
        Meaning::Secular,
        "secular,atheist,atheists,agnostic,nonreligious,non religious,not religious,no religion,no god,ateo,laico,sin religion",
    ),
    (Meaning::Women, "women,woman,womens,female,ladies,mujer,mujeres"),
    (
        Meaning::Families,
        "family,families,parent,parents,loved one,loved ones,relatives,spouse,familia,familias,padres",
    ),
    (Meaning::Online, "online,virtual,zoom,en linea"),
    (
        Meaning::MentalHealth,
        "mental,mental health,dual,dual diagnosis,co occurring,salud mental",
    ),
    (
        Meaning::Buddhist,
        "buddhist,buddhism,buddha,meditation,meditate,mindfulness,budista,meditacion",
    ),
    (
        Meaning::Drug(Substance::Cocaine),
        "cocaine,coke,crack,cocaina",
    ),
    (
        Meaning::Drug(Substance::Methamphetamine),
        "meth,methamphetamine,crystal,tina,ice,metanfetamina,cristal",
    ),
    (
        Meaning::Drug(Substance::Cannabis),
        "cannabis,marijuana,marihuana,weed,pot",
    ),
];
