# Demo prose: long sentences are wrapped by hand, as in every app's demo.py.
"""Twelve training modules, written from what the coalition's members teach. Every
session plan's steps add up to the module's stated duration."""

from .build import caution, questions, role_play, step, tip

ALL_SECTORS = [
    "farm-work",
    "factory-and-food-processing",
    "youth-workers",
    "care-work",
    "hospitality",
]

KNOW_YOUR_RIGHTS = {
    "slug": "know-your-rights-at-work",
    "title": "Know your rights at work",
    "summary": "A first workshop on the rights every worker in New York State has, whatever their immigration status: the minimum wage and overtime, a safe workplace, and the right to act together with co-workers.",
    "audience": "Any worker, and new members of a worker center or union. No reading needed: the handout is a picture card.",
    "level": "introductory",
    "format": "in_person",
    "minutes": 90,
    "topics": ["know-your-rights", "immigrant-workers-rights"],
    "sectors": ["farm-work", "factory-and-food-processing", "care-work", "hospitality"],
    "objectives": [
        "Name four rights every worker in New York has, whatever their immigration status.",
        "Tell acting together with co-workers from a complaint made alone.",
        "Know where to go when a right is broken, starting with the worker center.",
    ],
    "plan": [
        step(
            "Welcome and agreements",
            10,
            "discussion",
            [
                "Welcome everyone and introduce the facilitators.",
                "Agree together on how the group will work today: one person speaks at a time, what is said here stays here, and nobody has to share anything they do not want to.",
            ],
            note=[
                "Write the agreements on a large sheet and keep it on the wall. Never ask anyone about their immigration status, and say so out loud at the start.",
            ],
        ),
        caution(
            "This workshop is not legal advice. When someone describes their own case, thank them and offer a private conversation with staff afterwards.",
        ),
        step(
            "What do we already know?",
            15,
            "discussion",
            [
                "Ask the group: what rights do you think you have at work? Write every answer on the sheet, right or wrong, without correcting anyone yet.",
            ],
            note=[
                "Expect answers like: none, because I have no papers. Do not argue now; the next step answers it.",
            ],
        ),
        questions(
            "Has anyone ever told you that you have no rights at work?",
            "Who told you, and why do you think they said it?",
        ),
        step(
            "Rights that do not depend on papers",
            25,
            "presentation",
            [
                "Go through the picture card one right at a time:",
                [
                    "the minimum wage for every hour worked;",
                    "overtime pay after the weekly limit;",
                    "a workplace free of serious hazards;",
                    "the right to talk with co-workers about pay and conditions.",
                ],
                "After each right, ask someone to say it again in their own words.",
            ],
            note=[
                "Farm workers in New York have their own overtime threshold, which is coming down year by year. Check the current number before the session and write it on the card.",
            ],
        ),
        step(
            "Acting together",
            20,
            "small_groups",
            [
                "In groups of three, read the short story on the back of the card: a cook and two dishwashers go to their manager together to ask for the overtime they are owed.",
                "Each group answers: what did they do that the law protects, and what made it safer to do it together?",
            ],
            note=[
                "Give each group a different color of marker. Walk between the groups and listen for the word together; bring their examples into the report back.",
            ],
        ),
        role_play(
            "Asking together",
            "Three dishwashers have not been paid overtime for a month. At the end of the shift they go to the manager together.",
            [
                (
                    "First dishwasher",
                    "Has written down her hours for a month and is nervous.",
                ),
                ("Second dishwasher", "Supports her and adds his own hours."),
                (
                    "Manager",
                    "Says the overtime is coming and that complaining looks bad.",
                ),
            ],
            debrief=[
                "What did the manager do to split them up?",
                "What helped them stay together?",
            ],
        ),
        step(
            "Where to go",
            15,
            "discussion",
            [
                "Show the map of who can help: the worker center first, then the state Department of Labor for wages, and OSHA for safety.",
                "Each person writes or draws one first step they would take.",
            ],
            note=[
                "Hand out the worker center's phone number on a small card people can keep in a wallet. Close by reading the agreements again.",
            ],
        ),
        step(
            "Closing circle",
            5,
            "reflection",
            ["Each person says one word about how they feel leaving today."],
        ),
    ],
    "materials": [
        ("know-your-rights-card", "handout", "en"),
        ("tarjeta-conozca-sus-derechos", "handout", "es"),
        ("kat-konnen-dwa-ou", "handout", "ht"),
    ],
}

WAGE_THEFT = {
    "slug": "documenting-wage-theft",
    "title": "Documenting wage theft",
    "summary": "Workers learn to recognize the common forms of wage theft and to keep a simple, reliable record of hours and pay, so that a claim can be made and won.",
    "audience": "Workers paid by the hour or by the piece, and the organizers who support them.",
    "level": "introductory",
    "format": "either",
    "minutes": 120,
    "topics": ["wage-theft", "know-your-rights"],
    "sectors": ["farm-work", "care-work", "hospitality"],
    "objectives": [
        "Recognize five common forms of wage theft.",
        "Keep an hours and pay log that holds up as evidence.",
        "Compare a pay stub with the log and find what is missing.",
    ],
    "plan": [
        step(
            "Welcome and a story",
            15,
            "discussion",
            [
                "Introduce the session and read a short story aloud: a home care worker who was paid for eight hours on days she worked twelve.",
            ],
            note=[
                "Invite people to share similar stories, and remind them they can speak about a friend if they prefer.",
            ],
        ),
        questions(
            "Have you or someone you know been paid less than you were owed?",
            "How did you find out?",
        ),
        step(
            "The many faces of wage theft",
            20,
            "presentation",
            [
                "Present the five common forms:",
                [
                    "unpaid overtime;",
                    "pay below the minimum wage;",
                    "work off the clock, before or after the shift;",
                    "illegal deductions for tools, uniforms or housing;",
                    "tips kept by the employer.",
                ],
                "For each one, ask the group for an example from their own sector.",
            ],
            note=[
                "Keep the examples on the wall: you will use them again when the groups read the pay stubs.",
            ],
        ),
        step(
            "Keeping the log",
            25,
            "hands_on",
            [
                "Hand out the hours and pay log. Show how to write down the start and end of each shift, the breaks, the name of the supervisor and the pay received.",
                "Everyone fills in the log for their last week of work, from memory.",
            ],
            note=[
                "Some participants may not read or write comfortably. Pair them with someone who does, and show how to take a dated photo of a schedule or a time clock instead.",
            ],
        ),
        tip(
            "A phone calendar or a dated photo of a schedule is also a record. What matters is that it is written down at the time, not weeks later.",
        ),
        step(
            "Reading a pay stub",
            30,
            "small_groups",
            [
                "In small groups, compare the sample pay stub with the sample log and circle every difference.",
                "Each group reports the differences they found and which form of wage theft each one is.",
            ],
            note=[
                "Use the sample stub and log in the materials. They hide three differences: missing overtime, a deduction for a uniform, and an hour taken off for a break that was never given.",
            ],
        ),
        role_play(
            "Asking about a short paycheck",
            "A farm worker's check is short by six hours. She brings her log to the crew leader at the end of the day.",
            [
                ("Farm worker", "Has her log and wants the six hours paid."),
                (
                    "Crew leader",
                    "Says the office makes the checks and he cannot do anything.",
                ),
                ("Co-worker", "Worked the same days and can confirm the hours."),
            ],
            debrief=[
                "What did the log change in the conversation?",
                "What would you do next if the hours are still not paid?",
            ],
        ),
        step(
            "Next steps and closing",
            30,
            "reflection",
            [
                "Explain the ways to recover unpaid wages: asking together, a demand letter with the worker center, and a claim with the state Department of Labor.",
                "Each person commits to keeping the log for the next two weeks and bringing it to the next meeting.",
            ],
            note=[
                "Write down names only for those who want a follow-up call, and keep that list with staff, never on the wall.",
            ],
        ),
    ],
    "materials": [
        ("hours-and-pay-log", "worksheet", "en"),
        ("registro-de-horas-y-pagos", "worksheet", "es"),
    ],
}

HEAT_STRESS = {
    "slug": "heat-stress-in-the-fields",
    "title": "Heat stress in the fields",
    "summary": "How heat makes workers sick, the warning signs of heat illness, and what a crew can do together to get water, rest and shade.",
    "audience": "Farm workers and crew leaders. Best run early in the season, before the first heat wave.",
    "level": "introductory",
    "format": "in_person",
    "minutes": 60,
    "topics": ["health-and-safety"],
    "sectors": ["farm-work"],
    "objectives": [
        "Name the warning signs of heat exhaustion and heat stroke.",
        "Explain why water, rest and shade prevent heat illness.",
        "Plan what the crew will do when someone gets sick.",
    ],
    "plan": [
        step(
            "Welcome and a hot day",
            10,
            "discussion",
            [
                "Ask everyone to remember the hottest day they worked last summer: how did their body feel?",
            ],
            note=[
                "Run this session in the shade, with water at hand, and take a water break halfway through yourself: show what you teach.",
            ],
        ),
        step(
            "Warning signs",
            15,
            "presentation",
            [
                "Use the picture handout to go through the signs of heat exhaustion: heavy sweating, dizziness, headache, cramps and nausea.",
                "Then the signs of heat stroke, which is an emergency: confusion, fainting, hot and dry skin, seizures.",
            ],
            note=[
                "Stress that heat stroke can kill within an hour and that calling 911 is always the right call.",
            ],
        ),
        caution(
            "Someone who is confused or has fainted in the heat needs emergency care right away. Call 911, move the person to the shade and cool them with water while you wait.",
        ),
        step(
            "Water, rest and shade",
            15,
            "small_groups",
            [
                "Each small group takes one of the three: water, rest or shade. They list what the crew has today and what is missing.",
                "Each group reports back in two minutes.",
            ],
            note=[
                "Groups often say there is water but it is far away or warm. Write that down: it is the start of a demand the crew can make together.",
            ],
        ),
        questions(
            "Who decides when the crew takes a break in the heat?",
            "What would change if the whole crew asked together?",
        ),
        step(
            "Our crew's plan",
            15,
            "reflection",
            [
                "Agree on a crew plan together: who watches for the signs, where the shade is, and who calls for help.",
                "Write the plan on the back of the handout and keep it in the truck.",
            ],
            note=[
                "Make sure the plan names one person who speaks English and one person who knows the exact address of the field, for the ambulance.",
            ],
        ),
        step(
            "Closing",
            5,
            "reflection",
            [
                "Each person names one thing they will do tomorrow to protect themselves or a co-worker.",
            ],
        ),
    ],
    "materials": [
        ("heat-illness-warning-signs", "handout", "en"),
        ("senales-de-alerta-del-calor", "handout", "es"),
    ],
}

MACHINE_SAFETY = {
    "slug": "machine-safety-on-the-line",
    "title": "Machine safety on the processing line",
    "summary": "Line workers look at the machines they work with, learn how lockout and machine guards protect them, and practice speaking up together about a hazard.",
    "audience": "Workers in food processing and manufacturing, temporary workers included.",
    "level": "introductory",
    "format": "in_person",
    "minutes": 90,
    "topics": ["health-and-safety", "know-your-rights"],
    "sectors": ["factory-and-food-processing"],
    "objectives": [
        "Explain what lockout is and when it must be used.",
        "Spot a missing or broken machine guard.",
        "Report a hazard together with co-workers.",
    ],
    "plan": [
        step(
            "Welcome and the machines we know",
            10,
            "discussion",
            [
                "Each person names the machine they work closest to and one thing about it that worries them.",
            ],
            note=[
                "List the machines on the wall; you will come back to them in the mapping step."
            ],
        ),
        step(
            "Guards and lockout",
            25,
            "presentation",
            [
                "Explain why machines have guards, and what lockout means: before cleaning a machine or clearing a jam, it is switched off, locked and tagged so that nobody can start it.",
                "Show photos of a guarded and an unguarded conveyor and ask what the difference is.",
            ],
            note=[
                "Temporary workers are often never trained on lockout. Ask who has been shown how to lock out a machine at their plant; expect few hands.",
            ],
        ),
        step(
            "Mapping the hazards",
            25,
            "small_groups",
            [
                "In small groups by department, draw the line you work on and mark every place where hands come close to moving parts.",
                "Put a red dot where a guard is missing or where jams are cleared without lockout.",
            ],
            note=[
                "Keep the maps: they are evidence and the start of a safety committee's work. Remove any names before anything leaves the room.",
            ],
        ),
        questions(
            "Where on your line are people hurt most often?",
            "What happens when someone reports a hazard?",
        ),
        step(
            "Speaking up together",
            25,
            "role_play",
            ["Act out the scenario below in groups of three, then switch roles."],
            note=[
                "Remind people that workers may refuse work that puts them in immediate danger of death or serious injury, and that the law protects workers who report hazards. Reporting as a group is harder to punish.",
            ],
        ),
        role_play(
            "The jammed conveyor",
            "The conveyor jams again. The supervisor tells a worker to reach in and clear it without stopping the line.",
            [
                (
                    "Line worker",
                    "Knows the machine should be locked out first, and is afraid.",
                ),
                ("Co-worker", "Stands with him and asks for the lockout."),
                ("Supervisor", "Is behind on the day's quota."),
            ],
            debrief=[
                "Which words worked best?",
                "What should the group do if the supervisor insists?",
            ],
        ),
        step(
            "Closing",
            5,
            "reflection",
            [
                "Everyone names the first person at work they will talk to about what they learned."
            ],
        ),
    ],
    "materials": [],
}

ONE_ON_ONE = {
    "slug": "holding-a-one-on-one",
    "title": "Holding a one-on-one conversation",
    "summary": "The one-on-one is the basic tool of organizing: a conversation where you listen more than you talk, find out what a co-worker cares about, and ask them to act.",
    "audience": "Members who have taken Know your rights at work and want to start organizing their co-workers.",
    "level": "intermediate",
    "format": "either",
    "minutes": 120,
    "topics": ["one-on-ones"],
    "sectors": ALL_SECTORS,
    "objectives": [
        "Explain what a one-on-one conversation is for.",
        "Use its four parts: connect, listen, agitate and ask.",
        "Practice a one-on-one and give each other useful feedback.",
    ],
    "plan": [
        step(
            "Why one-on-ones",
            15,
            "discussion",
            [
                "Ask: think of a time someone convinced you to join something. What did they do?",
                "Collect the answers and point out how many are about being listened to and being asked.",
            ],
            note=[
                "Most answers will be about a person, not a flyer. Use that to introduce the idea."
            ],
        ),
        step(
            "The four parts",
            20,
            "presentation",
            [
                "Present the four parts of a one-on-one:",
                [
                    "connect as people;",
                    "listen for what the co-worker cares about;",
                    "agitate: ask what will happen if nothing changes;",
                    "make a clear ask.",
                ],
                "Show a short one-on-one with a co-facilitator in front of the group.",
            ],
            note=[
                "In the demonstration, make one mistake on purpose: talk too much. Ask the group afterwards what went wrong.",
            ],
        ),
        tip(
            "A good one-on-one is mostly listening. If you are talking more than your co-worker, stop and ask a question.",
        ),
        step(
            "Practice in pairs",
            40,
            "pairs",
            [
                "In pairs, one person plays the organizer and the other the co-worker, using the roles below. Then switch.",
                "Each conversation lasts ten minutes. If there is a third person, they observe and write down what the organizer asked.",
            ],
            note=[
                "Call the time out loud. Walk around and listen for the ask: many people forget to make it.",
            ],
        ),
        role_play(
            "A co-worker after a double shift",
            "Two co-workers walk to the bus after a double shift. One of them has been organizing and wants to hear what the other thinks about the new schedule.",
            [
                (
                    "Organizer",
                    "Wants to listen and, at the end, ask the co-worker to come to a meeting on Sunday.",
                ),
                (
                    "Co-worker",
                    "Is tired, worried about the schedule, and not sure meetings change anything.",
                ),
            ],
            debrief=[
                "What did the co-worker care about most?",
                "Was the ask clear, and what was the answer?",
            ],
        ),
        step(
            "Feedback",
            25,
            "discussion",
            [
                "Back in the full group, each pair shares one thing that worked and one thing they would do differently.",
            ],
            note=[
                "Keep feedback specific and kind, and model it: when you asked about her children, she opened up.",
            ],
        ),
        questions(
            "What makes it hard to ask a co-worker to act?",
            "What could you say when someone answers that nothing will change?",
        ),
        step(
            "Planning real conversations",
            20,
            "reflection",
            [
                "Each person writes down three co-workers they will talk to in the next two weeks, and when.",
            ],
            note=[
                "Offer to call each person after a week. The lists stay with the participants, not with you.",
            ],
        ),
    ],
    "materials": [("one-on-one-conversation-guide", "facilitator_guide", "en")],
}

WORKPLACE_MAPPING = {
    "slug": "mapping-your-workplace",
    "title": "Mapping your workplace and finding its leaders",
    "summary": "Workers draw a map of their workplace, who works where and with whom, and learn to recognize the natural leaders their co-workers already trust.",
    "audience": "Organizing committees and members preparing a campaign.",
    "level": "intermediate",
    "format": "in_person",
    "minutes": 120,
    "topics": ["workplace-mapping", "campaign-building"],
    "sectors": ["factory-and-food-processing", "care-work", "hospitality"],
    "objectives": [
        "Draw a map of departments, shifts and break areas.",
        "Tell a natural leader from the loudest person in the room.",
        "Rate where support is strong and where it still has to be built.",
    ],
    "plan": [
        step(
            "Welcome",
            10,
            "discussion",
            ["Introduce the session: a map shows what no one person can see alone."],
            note=["Bring large paper, markers in four colors and sticky dots."],
        ),
        step(
            "Drawing the map",
            30,
            "small_groups",
            [
                "Groups from the same workplace draw it together: entrances, departments, lines, break rooms, the parking lot and the shifts.",
                "Mark where people eat, smoke and wait for the bus: the places where they talk.",
            ],
            note=[
                "When people come from different workplaces, let each draw their own and then explain it to a partner.",
            ],
        ),
        step(
            "Who works where",
            20,
            "hands_on",
            [
                "Put a dot for every worker you know in each area, with a first name or a nickname only.",
                "Draw lines between people who are friends, family or ride to work together.",
            ],
            note=[
                "Remind the group that the map is private: it is never left at the workplace or photographed so that names can be read.",
            ],
        ),
        caution(
            "A workplace map shows who talks to whom. Keep it with the organizing committee and destroy old copies."
        ),
        step(
            "Finding the leaders",
            30,
            "discussion",
            [
                "Ask: when there is a problem on your line, who do people go to? That person is a natural leader, even if they never speak at meetings.",
                "Circle the natural leaders on the map.",
            ],
            note=[
                "Push back gently when the group names the loudest person or the one who complains the most. Ask: do people follow them?",
            ],
        ),
        questions(
            "Who do new workers go to with their questions?",
            "Who is respected by people from other departments or languages?",
        ),
        step(
            "Rating support",
            20,
            "hands_on",
            [
                "Use the colors to rate each area: green for strong support, yellow for undecided, red for opposed or unknown.",
                "Decide together which area the committee will visit first.",
            ],
            note=[
                "Expect optimism. Ask for the evidence behind every green: a conversation, not a feeling."
            ],
        ),
        step(
            "Closing",
            10,
            "reflection",
            [
                "Each person commits to a one-on-one with one of the leaders circled on the map."
            ],
        ),
    ],
    "materials": [("workplace-map-template", "worksheet", "en")],
}

DEMOCRATIC_MEETINGS = {
    "slug": "running-a-democratic-meeting",
    "title": "Running a democratic meeting",
    "summary": "How to plan and chair a meeting where everyone can speak, decisions are clear, and people leave with tasks: an agenda, shared roles and ways to decide together.",
    "audience": "Members of committees and cooperatives who chair meetings or will soon.",
    "level": "intermediate",
    "format": "either",
    "minutes": 90,
    "topics": ["democratic-meetings", "facilitation-skills"],
    "sectors": ["farm-work", "youth-workers", "care-work", "hospitality"],
    "objectives": [
        "Write an agenda with times and a clear purpose for each item.",
        "Share the roles of chair, timekeeper, note taker and interpreter.",
        "Use a simple method to reach a decision and write it down.",
    ],
    "plan": [
        step(
            "Meetings we have known",
            10,
            "discussion",
            [
                "Ask: think of the worst meeting you have been to. What went wrong? Then the best one: what made it work?",
            ],
            note=[
                "Write two columns on the wall; the best column becomes the group's checklist."
            ],
        ),
        step(
            "The agenda",
            20,
            "pairs",
            [
                "Show a sample agenda with a time for each item, its purpose (to inform, to discuss or to decide) and who presents it.",
                "In pairs, rewrite a bad agenda into a good one.",
            ],
            note=[
                "The bad agenda in the materials has no times and three items called other. Let the pairs laugh at it."
            ],
        ),
        step(
            "Roles",
            15,
            "discussion",
            [
                "Present the four roles: chair, timekeeper, note taker and interpreter. Ask why interpreting is a role and not a favor.",
            ],
            note=[
                "In a group that speaks several languages, the interpreter should never also chair. Say so."
            ],
        ),
        tip(
            "Rotate the roles from meeting to meeting, so that more members learn to chair."
        ),
        step(
            "Practice meeting",
            30,
            "role_play",
            [
                "Hold a short practice meeting with the scenario below, with a volunteer in each role."
            ],
            note=[
                "Give the chair a card with a hidden challenge: one member talks too much. Afterwards, talk about how the chair handled it.",
            ],
        ),
        role_play(
            "The cooperative decides on a contract",
            "A cleaning cooperative must decide whether to accept a new contract that needs weekend work.",
            [
                ("Chair", "Must reach a clear decision in fifteen minutes."),
                ("Member for the contract", "Needs more hours."),
                ("Member against the contract", "Cares for her children on weekends."),
                ("Timekeeper", "Calls the time at each item."),
            ],
            debrief=[
                "Did everyone get to speak?",
                "Was the decision clear, and who does what next?",
            ],
        ),
        step(
            "Deciding, and closing",
            15,
            "reflection",
            [
                "Review ways to decide: consensus, a vote, and consent (no strong objection). Agree which one the group will use and write it in the notes.",
                "Close with a round: one thing you will change at your next meeting.",
            ],
            note=["Send everyone home with the agenda template from the materials."],
        ),
    ],
    "materials": [("meeting-agenda-template", "worksheet", "en")],
}

CAMPAIGN = {
    "slug": "from-a-grievance-to-a-campaign",
    "title": "From a grievance to a campaign",
    "summary": "A half-day workshop that takes a real workplace problem and turns it into a campaign: a clear demand, a target who can grant it, and actions that build the group's power step by step.",
    "audience": "Organizing committees with a workplace problem they want to win.",
    "level": "intermediate",
    "format": "in_person",
    "minutes": 240,
    "topics": ["campaign-building"],
    "sectors": ["factory-and-food-processing", "care-work", "hospitality"],
    "objectives": [
        "Turn a grievance into a specific demand that can be won.",
        "Identify the target: the person who can say yes.",
        "Plan a series of escalating actions with a timeline.",
    ],
    "plan": [
        step(
            "Welcome and our issues",
            20,
            "discussion",
            [
                "Each person names one problem at work. Write each one on a sticky note on the wall."
            ],
            note=[
                "Group similar notes while people talk; the clusters become the candidate issues."
            ],
        ),
        step(
            "Choosing an issue",
            30,
            "small_groups",
            [
                "Groups test three issues with three questions: is it widely felt, is it deeply felt, and can it be won?",
                "The group chooses one issue to work on for the rest of the day.",
            ],
            note=[
                "Steer away from issues that only one person feels strongly about; a campaign needs many."
            ],
        ),
        questions(
            "How many co-workers feel this problem every week?",
            "What would winning look like, in one sentence?",
        ),
        step(
            "Demand and target",
            40,
            "presentation",
            [
                "Show how to turn the issue into a demand: specific, with a number and a date.",
                "Then find the target: not the company, but the person who can say yes.",
            ],
            note=[
                "Use an example from the October 2024 convening in Syracuse, where organizations talked about asking a named official for a heat policy rather than asking the county in general.",
            ],
        ),
        step(
            "Break",
            15,
            "break",
            ["Stretch, drink some water and talk with someone from another workplace."],
        ),
        step(
            "Power map",
            45,
            "small_groups",
            [
                "Draw the target in the middle of the page and, around it, everyone with influence over them: managers, customers, public officials, unions, congregations.",
                "Mark the allies, the opponents and the people who could be moved.",
            ],
            note=[
                "Push the groups to add at least one ally outside the workplace. Unions and worker centers often open doors that workers alone cannot.",
            ],
        ),
        step(
            "Escalating actions",
            50,
            "small_groups",
            [
                "Plan at least four actions, each a little stronger than the last: a petition, a delegation to the target, a public action, and so on.",
                "Put them on a timeline with a date for each.",
            ],
            note=[
                "Check every action against two questions: does it build our numbers, and does it put pressure on the target?"
            ],
        ),
        role_play(
            "The delegation",
            "Ten workers walk into the general manager's office with a petition signed by most of the shift.",
            [
                ("Spokesperson", "Presents the demand in two sentences."),
                ("Worker with a story", "Tells how the problem affects her family."),
                ("General manager", "Tries to talk to each worker separately."),
            ],
            debrief=[
                "Did the group stay together?",
                "What did the manager promise, and by when?",
            ],
        ),
        step(
            "Roles and first steps",
            40,
            "reflection",
            [
                "Agree who does what before the next meeting and write it on the timeline.",
                "Close with a round: one word about the campaign.",
            ],
            note=["Photograph the timeline for the committee, with no names on it."],
        ),
    ],
    "materials": [],
}

YOUTH_WORKERS = {
    "slug": "organizing-youth-workers",
    "title": "Organizing youth workers",
    "summary": "A workshop by and for young workers: the rules that protect workers under 18 in New York, the problems young workers meet in fast food, retail and summer jobs, and how to organize with peers.",
    "audience": "Workers from 14 to 24, youth programs and student groups.",
    "level": "introductory",
    "format": "either",
    "minutes": 90,
    "topics": ["know-your-rights", "campaign-building"],
    "sectors": ["youth-workers", "hospitality"],
    "objectives": [
        "Know the main rules on working papers and hours for workers under 18.",
        "Name the problems young workers meet most often.",
        "Plan one action with peers.",
    ],
    "plan": [
        step(
            "My first job",
            15,
            "game",
            [
                "In a circle, each person names their first job, or the job they want, and one thing they liked about it."
            ],
            note=[
                "Keep it quick and light. Young people often expect a lecture; show them they will do most of the talking."
            ],
        ),
        step(
            "The rules for young workers",
            20,
            "presentation",
            [
                "Go through the basics: working papers for workers under 18, limits on hours during the school year, jobs minors may not do, and the same minimum wage as adults.",
                "Quiz the group in teams with the cards from the materials.",
            ],
            note=[
                "Check the current New York rules on hours before the session: those for 14 and 15 year olds differ from those for 16 and 17 year olds.",
            ],
        ),
        step(
            "What happens at our jobs",
            20,
            "small_groups",
            [
                "In small groups, list the problems at your jobs: schedules changed at the last minute, unpaid training, harassment, being asked to stay late.",
                "Each group chooses the problem that affects the most people.",
            ],
            note=[
                "Harassment may come up. Have a trusted staff member ready for a private conversation."
            ],
        ),
        questions(
            "Why might a young worker not speak up?", "Who could stand with you?"
        ),
        step(
            "Organizing with peers",
            25,
            "role_play",
            [
                "Act out the scenario below, then plan one action the group could take together."
            ],
            note=[
                "Young workers often have strong networks online and at school; organizing can start there."
            ],
        ),
        role_play(
            "The late schedule",
            "A fast-food manager posts next week's schedule on Saturday night, with closing shifts on school nights.",
            [
                ("Young worker", "Has exams and cannot close on Tuesday and Thursday."),
                ("Co-worker", "Has the same problem and suggests asking together."),
                ("Manager", "Says the schedule is final."),
            ],
            debrief=[
                "What made asking together easier?",
                "What could the group ask for, such as the schedule two weeks ahead?",
            ],
        ),
        step(
            "Closing",
            10,
            "reflection",
            [
                "Each person writes one thing they will tell a friend about their rights."
            ],
        ),
    ],
    "materials": [],
}

IMMIGRATION = {
    "slug": "when-immigration-enforcement-comes-to-work",
    "title": "When immigration enforcement comes to work",
    "summary": "The rights everyone has when immigration agents come to a workplace, how to prepare a rapid response plan as a group, and how to protect each other's information.",
    "audience": "Immigrant workers, their co-workers and worker center staff. Best run with an immigration attorney or accredited representative in the room.",
    "level": "introductory",
    "format": "in_person",
    "minutes": 90,
    "topics": ["immigrant-workers-rights", "know-your-rights"],
    "sectors": ["farm-work", "factory-and-food-processing"],
    "objectives": [
        "Explain the right to remain silent and the right not to sign papers you do not understand.",
        "Tell a warrant signed by a judge from an administrative form.",
        "Draft a rapid response plan for the workplace.",
    ],
    "plan": [
        step(
            "Welcome and safety",
            10,
            "discussion",
            [
                "Explain the purpose of the session and the agreements: no names, no photos, no questions about anyone's status."
            ],
            note=[
                "Check the room: no recording, phones face down. Say clearly that nobody has to share their own situation."
            ],
        ),
        caution(
            "This workshop gives general information, not legal advice. Invite participants to see the attorney privately about their own case."
        ),
        step(
            "Rights everyone has",
            25,
            "presentation",
            [
                "Go through the rights card: the right to remain silent, the right not to sign anything you do not understand, and the right to speak with a lawyer.",
                "Show the difference between a warrant signed by a judge and an administrative form signed by an immigration officer.",
            ],
            note=[
                "Let the attorney answer the legal questions. Your job is to keep time and keep the room safe."
            ],
        ),
        step(
            "What would happen at our workplace",
            20,
            "small_groups",
            [
                "In groups, talk through what would happen at your workplace: where the exits are, who answers the door, who calls the worker center."
            ],
            note=[
                "Groups may get anxious. Keep the focus on what they can do together."
            ],
        ),
        questions(
            "Who at your workplace would you call first?",
            "Who would look after the children of a co-worker who is detained?",
        ),
        step(
            "Our rapid response plan",
            25,
            "hands_on",
            [
                "With the plan template, each workplace group writes down the hotline number, who calls it, who writes down what happens, and who contacts the families."
            ],
            note=[
                "Plans live on paper with the committee, not in a shared online folder."
            ],
        ),
        step(
            "Closing",
            10,
            "reflection",
            [
                "Read the rights card aloud together one last time. Everyone takes a card home."
            ],
        ),
    ],
    "materials": [
        ("rapid-response-plan-template", "worksheet", "en"),
        ("know-your-rights-card", "handout", "en"),
        ("tarjeta-conozca-sus-derechos", "handout", "es"),
    ],
}

FACILITATION = {
    "slug": "facilitation-skills-for-peer-trainers",
    "title": "Facilitation skills for peer trainers",
    "summary": "A full day for workers who will lead trainings for their co-workers: how adults learn, activities that get everyone talking, handling hard moments, and a first teach-back.",
    "audience": "Members who have taken at least three modules and want to lead them.",
    "level": "facilitators",
    "format": "in_person",
    "minutes": 360,
    "topics": ["facilitation-skills"],
    "sectors": ALL_SECTORS,
    "objectives": [
        "Explain how adults learn from their own experience.",
        "Run discussions, small groups and role-plays with confidence.",
        "Handle hard moments: someone taking over, silence, strong emotion.",
        "Lead a twenty-minute piece of a module and take feedback.",
    ],
    "plan": [
        step(
            "Welcome, hopes and fears",
            30,
            "discussion",
            [
                "Introductions: name, organization, and a teacher who changed something for you.",
                "Each person writes one hope and one fear about leading trainings.",
            ],
            note=[
                "Keep the fears. Come back to them at the end of the day and see which ones were answered."
            ],
        ),
        step(
            "How adults learn",
            45,
            "presentation",
            [
                "Present the learning cycle: experience, reflection, new idea, practice. Adults learn by starting from what they already know.",
                "In groups, look at one module from the catalog and find each part of the cycle in it.",
            ],
            note=[
                "Use the session plan of Know your rights at work: it follows the cycle closely."
            ],
        ),
        step("Break", 15, "break", ["A short break."]),
        step(
            "Activities that work",
            60,
            "hands_on",
            [
                "Take part in three activities as participants: a go-around, a small-group task with a report back, and a role-play.",
                "After each one, ask: what did the facilitator do to make it work?",
            ],
            note=[
                "Run one activity badly on purpose, with unclear instructions. The group learns more from fixing it."
            ],
        ),
        step("Lunch", 45, "break", ["Lunch together."]),
        step(
            "Hard moments",
            45,
            "role_play",
            [
                "In groups of four, act out the scenario below. One person facilitates; the others play the group. Rotate so that everyone facilitates once."
            ],
            note=[
                "Give each group a different card with a different hard moment to add."
            ],
        ),
        role_play(
            "Hard moments in a training",
            "Halfway through a Know your rights session, one participant keeps interrupting, another has stopped talking, and a third gets upset telling how she was fired.",
            [
                (
                    "Facilitator",
                    "Has to keep the session on time and safe for everyone.",
                ),
                (
                    "Participant who interrupts",
                    "Has a lot of experience and wants to show it.",
                ),
                (
                    "Quiet participant",
                    "Speaks little English and is afraid of being wrong.",
                ),
                (
                    "Upset participant",
                    "Was fired last month after asking for overtime.",
                ),
            ],
            debrief=[
                "What did the facilitator do that helped?",
                "When is it right to stop an activity?",
            ],
        ),
        tip(
            "When someone shares something painful, thank them, check in with them at the break, and offer a private conversation with staff. Do not let the group try to solve it on the spot.",
        ),
        step(
            "Teach-back",
            90,
            "hands_on",
            [
                "Each person leads a twenty-minute piece of a module of their choice for a small group, then gets feedback: two things that worked and one thing to try differently."
            ],
            note=[
                "Keep strict time. The two-and-one rule for feedback means nobody leaves discouraged."
            ],
        ),
        step(
            "Closing and next steps",
            30,
            "reflection",
            [
                "Look back at the fears from the morning. Which ones feel smaller now?",
                "Each person chooses a module to co-facilitate with an experienced trainer in the next three months.",
            ],
            note=[
                "Write down the pairs and the dates; the Director of Training and Curriculum Design follows up on them."
            ],
        ),
    ],
    "materials": [("facilitation-skills-slides", "slides", "en")],
}

COALITIONS = {
    "slug": "building-coalitions-unions-and-worker-centers",
    "title": "Building coalitions between unions and worker centers",
    "summary": "Leaders of unions and worker centers look at what each brings and needs, name the tensions openly, and agree on how to run a shared campaign, building on the alliances discussed at the 2024 Syracuse convening.",
    "audience": "Staff and elected leaders of unions, worker centers and cooperatives.",
    "level": "facilitators",
    "format": "online",
    "minutes": 180,
    "topics": ["coalition-building", "campaign-building"],
    "sectors": ["farm-work", "factory-and-food-processing", "care-work"],
    "objectives": [
        "Describe the strengths and limits of unions and of worker centers.",
        "Find common interests and name the tensions openly.",
        "Draft principles of unity for a coalition.",
    ],
    "plan": [
        step(
            "Welcome and who is here",
            20,
            "discussion",
            [
                "Each organization introduces itself: who its members are, where they work, and one campaign it is proud of."
            ],
            note=[
                "Online: ask everyone to add their organization to their name, and prepare the breakout rooms for the next steps."
            ],
        ),
        step(
            "What each brings",
            35,
            "small_groups",
            [
                "Mixed groups of union and worker center leaders list what each kind of organization brings: resources, legal protection, trust in immigrant communities, speed, and more."
            ],
            note=[
                "Make sure every breakout room has at least one union leader and one worker center leader."
            ],
        ),
        questions(
            "When has working together gone well for your organization?",
            "When has it gone badly, and why?",
        ),
        step(
            "Naming the tensions",
            30,
            "discussion",
            [
                "Talk openly about what gets in the way: competing for members, different timelines, who gets the credit.",
                "Write each tension down without trying to solve it yet.",
            ],
            note=[
                "This is the hardest step. Hold to the agreements and stop anyone speaking for another organization."
            ],
        ),
        step("Break", 10, "break", ["Ten minutes, cameras off."]),
        step(
            "A shared campaign",
            45,
            "small_groups",
            [
                "Each group chooses one issue that matters to the members of both, such as heat protection or wage theft enforcement, and sketches a joint campaign: the demand, the target and what each organization does."
            ],
            note=[
                "Point the groups to the action areas named in Syracuse: expanding organizing, stronger campaign structures, and support networks for youth and immigrant workers."
            ],
        ),
        step(
            "Principles of unity",
            40,
            "reflection",
            [
                "Together, draft five principles for working together: how decisions are made, how credit is shared, how disagreements are handled.",
                "Each organization takes the draft back to its members.",
            ],
            note=[
                "Send the draft by email afterwards, marked as a draft, with a date for comments."
            ],
        ),
    ],
    "materials": [],
}

MODULES = [
    KNOW_YOUR_RIGHTS,
    WAGE_THEFT,
    HEAT_STRESS,
    MACHINE_SAFETY,
    ONE_ON_ONE,
    WORKPLACE_MAPPING,
    DEMOCRATIC_MEETINGS,
    CAMPAIGN,
    YOUTH_WORKERS,
    IMMIGRATION,
    FACILITATION,
    COALITIONS,
]
