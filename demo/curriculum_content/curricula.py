# Demo prose: long sentences are wrapped by hand, as in every app's demo.py.
"""Two curricula (one of them a train-the-trainer path) and the index pages."""

from .build import caution, stage, tip

CATALOG = {
    "title": "Trainings",
    "introduction": "Workshops our members have built and tested, ready to run with your co-workers. Filter by topic, sector, level, format, length or language, open a module to see its step-by-step plan, and ask us to bring any of them to your organization.",
}
CATALOG_TRANSLATIONS = {
    "es": {
        "Trainings": "Capacitaciones",
        CATALOG[
            "introduction"
        ]: "Talleres que nuestros miembros han creado y probado, listos para darlos con sus compañeros. Filtre por tema, sector, nivel, formato, duración o idioma, abra un módulo para ver su plan paso a paso y pídanos que llevemos cualquiera de ellos a su organización.",
    },
    "ht": {
        "Trainings": "Fòmasyon",
        CATALOG[
            "introduction"
        ]: "Atelye manm nou yo kreye e teste, pare pou w fè yo ak kanmarad travay ou. Filtre dapre sijè, sektè, nivo, fòma, dire oswa lang, louvri yon modil pou wè plan li etap pa etap, epi mande nou pote nenpòt nan yo bay òganizasyon w lan.",
    },
    "ar": {
        "Trainings": "التدريبات",
        CATALOG[
            "introduction"
        ]: "ورش عمل أعدّها أعضاؤنا وجرّبوها، جاهزة لتقدّمها مع زملائك في العمل. صفِّ النتائج حسب الموضوع أو القطاع أو المستوى أو الشكل أو المدة أو اللغة، وافتح أي وحدة لترى خطتها خطوة بخطوة، واطلب منا أن نأتي بأي منها إلى منظمتك.",
    },
}

CURRICULA_INDEX = {
    "title": "Curricula",
    "introduction": "A curriculum puts modules in order so that a group can learn over several sessions, worker to worker. Each one says who can lead it and how a participant grows into a trainer.",
}
CURRICULA_INDEX_TRANSLATIONS = {
    "es": {
        "Curricula": "Currículos",
        CURRICULA_INDEX[
            "introduction"
        ]: "Un currículo ordena los módulos para que un grupo aprenda a lo largo de varias sesiones, de trabajador a trabajador. Cada uno dice quién puede dirigirlo y cómo un participante llega a ser formador.",
    },
    "ht": {
        "Curricula": "Pwogram fòmasyon",
        CURRICULA_INDEX[
            "introduction"
        ]: "Yon pwogram fòmasyon mete modil yo nan lòd pou yon gwoup ka aprann sou plizyè sesyon, de travayè a travayè. Chak pwogram di ki moun ki ka dirije l ak kijan yon patisipan vin tounen fòmatè.",
    },
    "ar": {
        "Curricula": "المناهج",
        CURRICULA_INDEX[
            "introduction"
        ]: "يرتّب المنهج الوحدات التدريبية بحيث تتعلم المجموعة على مدى عدة جلسات، من عامل إلى عامل. ويوضح كل منهج من يمكنه قيادته وكيف يصبح المشارك مدرّبًا.",
    },
}

WORKER_TO_TRAINER = {
    "slug": "worker-to-trainer",
    "title": "From worker to trainer",
    "summary": "A five-session path that takes a worker from taking part in a workshop to leading one: the rights and organizing basics every trainer needs, then a full day of facilitation practice.",
    "audience": "Members of any sector who want to train their co-workers.",
    "sessions": [
        (
            "know-your-rights-at-work",
            "Everyone starts here, even experienced members: a trainer needs to have sat through the workshop they will lead.",
            "Nothing but curiosity; the picture cards are provided.",
        ),
        (
            "holding-a-one-on-one",
            "Builds on the first session: the rights people learned become the reason for a conversation with a co-worker.",
            "A list of five co-workers you could talk to.",
        ),
        (
            "mapping-your-workplace",
            "Turns the conversations from session two into a map of who works where and who leads.",
            "What you learned in your one-on-ones. Large paper is provided.",
        ),
        (
            "running-a-democratic-meeting",
            "The map shows who to bring together; this session is about the meeting where they meet.",
            "An agenda from a meeting you have been to, if you have one.",
        ),
        (
            "facilitation-skills-for-peer-trainers",
            "The full day of practice: everyone leads a piece of one of the earlier modules.",
            "Lunch is provided. Choose the module you want to practice leading.",
        ),
    ],
    "who_can_lead": [
        "A lead facilitator for this path has taken all five sessions, has co-facilitated at least two modules with an experienced trainer, and is recommended by their organization.",
        "Coalition staff co-lead the facilitation day the first time it runs in a new organization.",
    ],
    "pathway": [
        stage(
            "participant",
            [
                "Takes part in the five sessions in order, and holds at least three one-on-ones between sessions."
            ],
            "Has taken all five sessions and chosen a module to co-facilitate.",
        ),
        stage(
            "co_facilitator",
            [
                "Leads one or two steps of each session alongside a lead facilitator, prepares the materials, and joins the debrief after every session."
            ],
            "Has co-facilitated two full modules and heard feedback from the lead facilitator and the participants.",
        ),
        stage(
            "lead_facilitator",
            [
                "Leads sessions alone, mentors a new co-facilitator, and reports to the Director of Training and Curriculum Design after each training."
            ],
        ),
    ],
    "tips": [
        tip(
            "Run the sessions one or two weeks apart, so that people have time to practice in between."
        ),
        tip(
            "Pair each new co-facilitator with a lead facilitator from a different sector: both learn from it."
        ),
        caution(
            "Never let a peer trainer run the session on immigration enforcement without an attorney or accredited representative in the room."
        ),
    ],
}

SAFE_AND_PAID = {
    "slug": "safe-and-paid-in-the-fields",
    "title": "Safe and paid in the fields",
    "summary": "A four-session series for farm worker crews over one season: heat, wages, rights at work and what to do if immigration enforcement comes, each session led by a worker from the crew with coalition support.",
    "audience": "Farm worker crews on dairy farms, orchards and vegetable farms. Each session fits in an evening after work.",
    "sessions": [
        (
            "heat-stress-in-the-fields",
            "Start before the first heat wave and leave with the crew's heat plan.",
            "A water bottle; the session runs outdoors in the shade.",
        ),
        (
            "documenting-wage-theft",
            "The crew starts the hours log here; bring it back to every later session.",
            "Pay stubs from the last month, if you have them.",
        ),
        (
            "know-your-rights-at-work",
            "Uses the first weeks of the hours log to talk about rights and acting together.",
            "Your hours log.",
        ),
        (
            "when-immigration-enforcement-comes-to-work",
            "Run only with an attorney or accredited representative present. The crew leaves with a rapid response plan.",
            "Nothing; phones stay face down.",
        ),
    ],
    "who_can_lead": [
        "A worker from the crew who has taken the four sessions and the facilitation day leads them, with a coalition organizer present the first time.",
    ],
    "pathway": [
        stage(
            "participant",
            ["Takes part in the series with their crew."],
            "Has kept the hours log for a month and is trusted by the crew.",
        ),
        stage(
            "co_facilitator",
            ["Runs the heat and wage sessions together with an organizer."],
            "Has co-led the whole series once.",
        ),
        stage(
            "lead_facilitator",
            ["Runs the series for their own crew and for a neighboring farm."],
        ),
    ],
    "tips": [
        tip(
            "Meet where the crew already is: the housing, a church hall, the truck at lunchtime."
        ),
        tip(
            "Farm schedules change with the weather. Confirm each session by phone the day before."
        ),
    ],
}

CURRICULA = [WORKER_TO_TRAINER, SAFE_AND_PAID]
