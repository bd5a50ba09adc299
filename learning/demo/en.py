"""The demo learning in English: the facts of each programme and module beside its words, the documents
people can download and the glossary.

Everything here is fictional: the trusts and people are the made-up ones of the rest of the demo. The
Polish and Arabic modules hold only the words, with the same keys and the same blocks in the same order.
"""

from home.demo.blocks import details, inset_text, page_link, rich_text
from learning.demo.blocks import activity, answer, key_point, pdsa_planner, quiz, reflection, worked_example

INDEX = {
    "title": "Learn with us",
    "search_description": "Free short courses about how the NHS works, improving care and having your say.",
    "introduction": (
        "Short, free courses for anyone who wants to help improve local health services. Learn at your own "
        "pace, come to a workshop or ask for a printed pack. You do not need any experience."
    ),
    "body": [
        details(
            "I do not use the internet. Can I still learn?",
            "<p>Yes. Some courses come as a printed pack we post to you for free. Phone us on 01632 960 418 "
            "and we will send one. You can also come to a workshop in person.</p>",
        ),
    ],
}

GLOSSARY_PAGE = {
    "title": "NHS words explained A to Z",
    "search_description": "Plain explanations of the words and abbreviations people meet in the NHS.",
    "introduction": (
        "The NHS uses a lot of short forms and special words. Here is what they mean, in plain words. If a "
        "word you met is not here, ask us and we will add it."
    ),
}

# The facts of each programme, with its modules in order. "workshops" names events of the events demo by slug.
PROGRAMMES = {
    "how-the-nhs-works": {
        "topics": ["gp", "urgent_care"],
        "audiences": ["public", "young_people"],
        "formats": ["self_paced", "printable"],
        "delivery": ["online", "printed_pack"],
        "workshops": [],
        "modules": {
            "who-runs-what": {
                "topics": ["gp", "urgent_care"],
                "audiences": ["public", "young_people"],
                "formats": ["self_paced", "printable"],
                "resources": ["who-runs-what-guide"],
                "easy_read": "who-runs-what-easy-read",
            },
            "how-decisions-are-made": {
                "topics": ["older_people", "long_term"],
                "audiences": ["public", "young_people", "staff"],
                "formats": ["self_paced", "printable"],
            },
        },
    },
    "improving-care": {
        "topics": ["cancer", "long_term", "urgent_care", "older_people"],
        "audiences": ["public", "staff"],
        "formats": ["self_paced", "workshop", "printable"],
        "delivery": ["online", "face_to_face"],
        "workshops": ["discharge-sprint-brackenford", "outpatient-letters-sprint"],
        "modules": {
            "pdsa-cycles": {
                "topics": ["cancer", "long_term"],
                "audiences": ["public", "staff"],
                "formats": ["self_paced", "printable"],
                "resources": ["pdsa-planner-sheet"],
            },
            "measuring-for-improvement": {
                "topics": ["urgent_care"],
                "audiences": ["public", "staff"],
                "formats": ["self_paced", "printable"],
                "resources": ["run-chart-sheet"],
            },
            "process-mapping": {
                "topics": ["older_people"],
                "audiences": ["public", "staff"],
                "formats": ["self_paced", "workshop"],
            },
        },
    },
    "your-voice-in-the-room": {
        "topics": ["mental_health", "maternity", "young_people"],
        "audiences": ["public", "young_people"],
        "formats": ["self_paced", "workshop", "printable"],
        "delivery": ["online", "face_to_face"],
        "workshops": ["getting-started-online", "interview-panel-training"],
        "modules": {
            "influencing-as-a-partner": {
                "topics": ["mental_health", "young_people"],
                "audiences": ["public", "young_people"],
                "formats": ["self_paced"],
            },
            "papers-and-minutes": {
                "topics": ["maternity"],
                "audiences": ["public"],
                "formats": ["self_paced", "printable"],
                "resources": ["meeting-checklist"],
            },
            "confident-challenge": {
                "topics": ["mental_health"],
                "audiences": ["public", "young_people"],
                "formats": ["self_paced", "workshop"],
            },
        },
    },
    "working-as-equals": {
        "topics": ["learning_disability", "digital"],
        "audiences": ["staff"],
        "formats": ["self_paced", "workshop"],
        "delivery": ["online", "face_to_face"],
        "workshops": ["plain-english-workshop"],
        "modules": {
            "equal-partners": {
                "topics": ["learning_disability"],
                "audiences": ["staff"],
                "formats": ["self_paced"],
            },
            "inclusive-meetings": {
                "topics": ["digital"],
                "audiences": ["staff"],
                "formats": ["self_paced", "workshop"],
            },
        },
    },
}

PDSA_HINTS = {
    "plan": "What will you try, who will do it, and what do you expect to happen?",
    "do": "What happened when you tried it? Note anything surprising.",
    "study": "Compare what happened with what you expected. What did you learn?",
    "act": "Will you keep it, change it and test again, or stop?",
}

# The words of each programme and module page.
PAGES = {
    "how-the-nhs-works": {
        "title": "How the NHS works: who decides what",
        "summary": (
            "Find out who runs your local health services, how they make decisions and where your voice fits in."
        ),
        "time_needed": "About 1 hour, in two parts",
        "outcomes": (
            "<ul><li>explain who runs GP practices, hospitals and community services near you</li>"
            "<li>name the groups that check care is safe and good</li>"
            "<li>find the meetings where decisions are made and how to have your say</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Anyone who uses local health services, looks after someone who does, or is just curious. "
            "Young people aged 14 and over are very welcome.</p>"
        ),
        "printed_pack_how": (
            'Phone 01632 960 418, Monday to Friday, 9am to 5pm, and ask for the "How the NHS works" pack. '
            "Tell us your address and if you need large print. It is free and arrives in about a week."
        ),
        "body": [
            rich_text(
                "<p>The NHS can feel like one big organisation. In fact it is many organisations working "
                "together. Once you know who does what, it is much easier to ask the right person and to "
                "have a say.</p><p>Take the two parts in order, or start with the one you need.</p>"
            ),
        ],
    },
    "who-runs-what": {
        "title": "Who runs what in your local NHS",
        "summary": "GP practices, hospital trusts, community services and the people who plan and check them.",
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>explain the difference between a GP practice, a trust and the ICB</li>"
            "<li>name who checks that care is safe</li>"
            "<li>know where to go when something goes wrong</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Most people first meet the NHS at their GP practice. GP practices are usually small "
                "businesses that the NHS pays to care for the people on their list. Hospitals and community "
                "services, such as district nurses, are run by NHS trusts.</p>"
                "<p>Here, Brackenford Hospitals NHS Foundation Trust runs the general hospital. Weir Valley "
                "Community Health NHS Trust runs community nursing, the Riverside urgent treatment centre "
                "and children's therapy.</p>"
            ),
            key_point(
                "<p>The integrated care board (ICB) plans and pays for most local health services. It works "
                "with councils and charities as the integrated care system (ICS).</p>"
            ),
            rich_text(
                "<p>Other groups check that care is good. The Care Quality Commission (CQC) inspects "
                "services and publishes ratings. Healthwatch listens to local people and reports what they "
                "say. PALS, the Patient Advice and Liaison Service, helps you sort out a problem in a "
                "hospital.</p>"
            ),
            worked_example(
                "Following Nadia's care",
                "<p>Nadia is 67 and has a bad chest infection. Her care passes through several "
                "organisations in one week.</p>",
                [
                    "<p>Her GP practice sees her and sends her to the Riverside urgent treatment centre for "
                    "an X-ray. Weir Valley Community Health runs the centre.</p>",
                    "<p>The X-ray shows pneumonia, so she is admitted to Brackenford General Hospital, run "
                    "by the foundation trust.</p>",
                    "<p>When she goes home, community nurses visit her. The ICB pays for all three services.</p>",
                    "<p>Her daughter is unhappy about how her discharge was planned. She contacts PALS at "
                    "the hospital, who arrange a call with the ward manager.</p>",
                ],
                "<p>Each organisation has its own staff, budget and complaints process, but they plan "
                "together. Knowing who ran which part helps you ask the right people.</p>",
            ),
            activity(
                "Draw your own map",
                "<p>Write down the last three health services you or someone you care for used. Next to "
                "each one, write who runs it. If you are not sure, look at the letters or website. We have "
                "a one-page guide you can download below.</p>",
            ),
            quiz(
                'Who inspects hospitals and publishes ratings such as "good" or "requires improvement"?',
                answer("The ICB", "Not quite. The ICB plans and pays for services but does not inspect them."),
                answer(
                    "The Care Quality Commission (CQC)",
                    "Right. The CQC is independent of the services it inspects.",
                    correct=True,
                ),
                answer("PALS", "Not quite. PALS helps you with a problem, but it is part of the hospital."),
            ),
        ],
        "resources": {"who-runs-what-guide": "A one-page guide to who runs local health services"},
    },
    "how-decisions-are-made": {
        "title": "How a hospital trust makes decisions",
        "summary": "Trust boards, governors and board papers, and where patients and the public can have a say.",
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>explain what a trust board does</li>"
            "<li>describe the role of non-executive directors and governors</li>"
            "<li>find and read the papers for a public board meeting</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Every NHS trust has a board. The board agrees the trust's plans, checks that care is "
                "safe and makes sure money is well spent. It has two kinds of member. Executive directors "
                "run the trust every day, such as the chief executive and the chief nurse. Non-executive "
                "directors (NEDs) come from outside. Their job is to ask hard questions.</p>"
                "<p>Most board meetings are held in public. Anyone can watch, and the papers go on the "
                "trust's website about a week before.</p>"
            ),
            key_point(
                "<p>Foundation trusts also have governors, elected by local people and staff. Governors "
                "appoint the non-executive directors and hold them to account. You can become a member of "
                "a foundation trust for free and vote for them.</p>"
            ),
            worked_example(
                "Moving the diabetes clinic",
                "<p>Brackenford Hospitals wanted to move its diabetes clinic from the town centre to the "
                "main hospital site.</p>",
                [
                    "<p>Staff wrote a paper for the board. It set out the savings and the risks.</p>",
                    "<p>A governor had heard from older patients who do not drive. She asked the board how "
                    "they would get there.</p>",
                    "<p>A non-executive director asked for the views of patients before any decision. The "
                    "board agreed to wait.</p>",
                    "<p>Lay partners ran two listening sessions. The trust kept an evening clinic in town "
                    "and added a free shuttle bus.</p>",
                ],
                "<p>Decisions are made in meetings, on paper. Getting patients' views into the paper before "
                "the meeting makes the biggest difference.</p>",
            ),
            inset_text(
                "<p>Young people can become foundation trust members from the age of 14 at Brackenford "
                "Hospitals. Ask the membership office for a form.</p>"
            ),
            reflection(
                "What would you ask?",
                "<p>Think about a change to a local service that affected you or your family. If you could "
                "ask the board one question about it, what would it be?</p>",
            ),
            quiz(
                "Whose main job on the board is to ask challenging questions?",
                answer("The chief executive", "Not quite. The chief executive runs the trust every day."),
                answer(
                    "Non-executive directors",
                    "Right. They come from outside the trust so they can challenge and check.",
                    correct=True,
                ),
                answer("The finance team", "Not quite. Finance staff write papers but are not board members."),
            ),
        ],
    },
    "improving-care": {
        "title": "Making care better: methods that work",
        "summary": "Learn the simple methods NHS teams use to improve care: small tests, measuring and mapping.",
        "time_needed": "About 2 hours, in three parts, plus a workshop if you like",
        "outcomes": (
            "<ul><li>plan a small test of change with a PDSA cycle</li>"
            "<li>tell whether a change has made things better</li>"
            "<li>map a patient's journey to spot delays and gaps</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Patients, carers and staff who are joining an improvement project, or want to. The methods "
            "are the same for everyone, and they work best when patients and staff learn them together.</p>"
        ),
        "body": [
            rich_text(
                "<p>Improvement does not have to mean big projects and long reports. Most good changes "
                "start small: one ward, one clinic, one week. These three parts show you how.</p>"
                "<p>You can practise them for real at one of our improvement sprints, listed below.</p>"
            ),
        ],
    },
    "pdsa-cycles": {
        "title": "Small tests of change: PDSA cycles",
        "summary": "Plan, do, study, act: how to try an idea on a small scale, learn from it and try again.",
        "time_needed": "About 40 minutes",
        "outcomes": (
            "<ul><li>explain the four steps of a PDSA cycle</li>"
            "<li>plan a small test of your own</li>"
            "<li>decide what to do after a test</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>PDSA stands for plan, do, study, act. It is a way to test an idea quickly and safely "
                "before changing things for everyone.</p>"
                "<ul><li><strong>Plan:</strong> decide what you will try, who does it and what you expect.</li>"
                "<li><strong>Do:</strong> try it, on a small scale.</li>"
                "<li><strong>Study:</strong> look at what happened and compare it with what you expected.</li>"
                "<li><strong>Act:</strong> keep the change, adjust it and test again, or stop.</li></ul>"
            ),
            key_point(
                "<p>Start smaller than feels sensible: one clinic, one morning, five patients. Small tests "
                "are quick, cheap and safe, and a failed test is still useful learning.</p>"
            ),
            worked_example(
                "Clearer letters for the cancer day unit",
                "<p>Patients at Brackenford's cancer day unit said their first appointment letter was "
                "confusing. Many arrived at the wrong entrance.</p>",
                [
                    "<p><strong>Plan:</strong> a lay partner and a nurse rewrote the letter with a simple "
                    "map. They expected fewer people to get lost.</p>",
                    "<p><strong>Do:</strong> they sent the new letter to the 12 new patients booked in one week.</p>",
                    "<p><strong>Study:</strong> 11 out of 12 came to the right entrance, against about half "
                    "before. Two people said the map was too small to read.</p>",
                    "<p><strong>Act:</strong> they made the map bigger and tested again for two weeks before "
                    "using it for everyone.</p>",
                ],
                "<p>Each cycle took a week. Four small cycles taught the team more than months of planning "
                "would have.</p>",
            ),
            pdsa_planner(
                "Try it: plan a small test of change",
                "<p>Think of something small you would like to improve. Fill in the plan now, then come "
                "back to the other steps after you have tried it.</p>",
                PDSA_HINTS["plan"],
                PDSA_HINTS["do"],
                PDSA_HINTS["study"],
                PDSA_HINTS["act"],
            ),
            quiz(
                "Your first test went badly. What is the best next step?",
                answer("Give up on the idea", "Not quite. One test is rarely enough to judge an idea."),
                answer(
                    "Work out why, change something and test again",
                    'Right. That is the "act" step, and it is how most good changes are made.',
                    correct=True,
                ),
                answer(
                    "Roll it out to everyone anyway",
                    "Not quite. Spreading a change that has not worked can cause harm.",
                ),
            ),
        ],
        "resources": {"pdsa-planner-sheet": "A PDSA planner to print and fill in by hand"},
    },
    "measuring-for-improvement": {
        "title": "Measuring for improvement",
        "summary": "How to tell whether a change really made things better, using simple counts and a run chart.",
        "time_needed": "About 40 minutes",
        "outcomes": (
            "<ul><li>choose a simple measure for a change</li>"
            "<li>explain what a baseline is</li>"
            "<li>read a run chart</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Measuring for improvement is not the same as measuring for a report. You want a few "
                "simple numbers, collected often, that show whether things are getting better.</p>"
                "<p>Teams usually track three kinds of measure. An <strong>outcome measure</strong> is what "
                "matters to patients, such as how long they wait. A <strong>process measure</strong> shows "
                "whether the change is happening, such as how many staff use a new checklist. A "
                "<strong>balancing measure</strong> checks that you have not made something else worse.</p>"
            ),
            key_point(
                "<p>Always measure before you change anything. This is your baseline. Without it you cannot "
                "tell whether things improved.</p>"
            ),
            worked_example(
                "Waiting times at Riverside",
                "<p>People at the Riverside urgent treatment centre said the worst part was not knowing "
                "how long they would wait.</p>",
                [
                    '<p>For two weeks, volunteers asked 20 people a day: "Do you know roughly how long you '
                    'will wait?" Only 3 in 10 said yes. That was the baseline.</p>',
                    "<p>The team put a screen in the waiting room showing the expected wait, updated every "
                    "half hour.</p>",
                    "<p>They kept asking the same question every day and plotted the answers on a run "
                    "chart: a simple line graph over time.</p>",
                    "<p>Within three weeks, 8 in 10 said yes. Complaints to reception, their balancing "
                    "measure, went down too.</p>",
                ],
                "<p>A run chart shows change over time. One good day proves little; a run of good days "
                "shows a real change.</p>",
            ),
            activity(
                "Pick a measure",
                "<p>Think about a change you would like to see. Write one outcome measure, one process "
                "measure and one balancing measure for it. Keep each one simple enough to count with a "
                "pen and paper.</p>",
            ),
            pdsa_planner(
                "Plan a test and how you will measure it",
                "<p>Use this planner for a test where you know your baseline. In the plan, say what you "
                "will count and how often.</p>",
                "What will you try, and what will you count to see if it worked?",
                "What happened? Write down the numbers you collected.",
                "How do the numbers compare with your baseline?",
                "What will you do next: keep it, change it or stop?",
            ),
            quiz(
                "Why do you need a baseline?",
                answer(
                    "To know how things were before the change",
                    "Right. You compare later measures with the baseline to see if things improved.",
                    correct=True,
                ),
                answer("Because the board asks for one", "Not quite. It is for your own learning first."),
                answer(
                    "To set a target",
                    "Not quite. A baseline can help you set an aim, but its main use is comparison.",
                ),
            ),
        ],
        "resources": {"run-chart-sheet": "A blank run chart to print, with how to fill it in"},
    },
    "process-mapping": {
        "title": "Mapping a patient's journey",
        "summary": "Draw each step a patient takes, as they see it, to find delays, gaps and repeated questions.",
        "time_needed": "About 40 minutes",
        "outcomes": (
            "<ul><li>draw a simple process map</li>"
            "<li>spot steps that add waiting but no value</li>"
            "<li>explain why patients must help draw the map</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>A process map shows every step of a journey through a service, in order. Teams "
                "usually draw it on a long roll of paper with sticky notes, one step on each note.</p>"
                "<p>The most useful maps are drawn from the patient's side: what they see, wait for and "
                "are asked. Staff often only see their own part of the journey.</p>"
            ),
            key_point(
                "<p>Map the journey as it really is today, not as it should be. Then mark the steps where "
                "people wait, repeat themselves or get lost.</p>"
            ),
            worked_example(
                "Going home from the hospital",
                "<p>Carers told Brackenford Hospitals that going home took all day, even when the doctor "
                'had said "you can go" in the morning.</p>',
                [
                    "<p>Carers, ward staff, pharmacists and porters mapped every step of one morning "
                    "discharge together. The map had 34 sticky notes.</p>",
                    "<p>Carers added steps staff had never seen, such as waiting in the car park for a "
                    "phone call.</p>",
                    "<p>The longest wait was for medicines to take home. The prescription was only written "
                    "after the ward round.</p>",
                    "<p>The team tested writing it the day before. Half the waiting disappeared.</p>",
                ],
                "<p>No one person knew the whole journey. Drawing it together showed where the time went.</p>",
            ),
            activity(
                "Map a journey you know",
                "<p>Choose a journey you know well, such as getting a repeat prescription. Write each "
                "step on a separate piece of paper and lay them out in order. Circle the steps where you "
                "waited or had to repeat yourself.</p>",
            ),
            quiz(
                "Who should help draw a process map of a patient's journey?",
                answer("Only managers", "Not quite. Managers rarely see every step."),
                answer("Only staff on the ward", "Not quite. Staff see their own part, not all of it."),
                answer(
                    "Patients, carers and staff together",
                    "Right. Each person sees different steps, so the map is only complete with everyone.",
                    correct=True,
                ),
            ),
        ],
    },
    "your-voice-in-the-room": {
        "title": "Your voice in the room",
        "summary": (
            "Build your confidence to influence decisions: speaking up, reading papers and taking part in meetings."
        ),
        "time_needed": "About 1 hour 30 minutes, in three parts",
        "outcomes": (
            "<ul><li>use your experience to influence change</li>"
            "<li>read meeting papers and minutes with confidence</li>"
            "<li>ask challenging questions in a respectful way</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Patient partners, carers, youth forum members and anyone who sits on, or would like to join, "
            "a committee, panel or project group.</p>"
        ),
        "body": [
            rich_text(
                "<p>Being the only patient in a room full of staff can feel daunting. You are there "
                "because your experience matters. This course gives you practical ways to use it well.</p>"
                '<p>Our online "Getting started" session and the interview panel training day build on '
                "it.</p>"
            ),
        ],
    },
    "influencing-as-a-partner": {
        "title": "Leading and influencing as a patient partner",
        "summary": "How to turn your story into change: knowing what you want, finding allies and being heard.",
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>turn a personal experience into a clear ask</li>"
            "<li>find the people who can help</li>"
            "<li>keep going when change is slow</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>You do not need a title to lead. Patient partners lead when they keep a group focused "
                "on what matters to patients, bring others in and follow things through.</p>"
                "<p>Your story is powerful, but on its own it may be heard and then forgotten. Influence "
                "comes from linking your story to a clear ask: what should change, and who can change it.</p>"
            ),
            key_point(
                '<p>Say what happened, why it matters and what you would like to change. "Story, why, '
                'ask" fits into two minutes at any meeting.</p>'
            ),
            worked_example(
                "A calmer waiting room for young people",
                "<p>Members of the Open Door youth forum found the children's mental health waiting room "
                "bare and stressful.</p>",
                [
                    "<p>They took photos and wrote down how it felt to wait there.</p>",
                    "<p>They asked the service manager for ten minutes at a team meeting, and used the "
                    '"story, why, ask" pattern.</p>',
                    "<p>A nurse who agreed with them offered to help. She found a small budget.</p>",
                    "<p>Young people chose the colours and the art. The forum now checks the room every "
                    "six months.</p>",
                ],
                "<p>A clear ask and one ally on the inside turned a complaint into a change that lasted.</p>",
            ),
            reflection(
                "Your story, why and ask",
                "<p>Think of one experience of care that you would like to change. Write one sentence for "
                "what happened, one for why it matters and one for what you would like to happen.</p>",
            ),
            quiz(
                "What usually gives a personal story the most influence?",
                answer(
                    "Telling it with as much detail as possible", "Not quite. Too much detail can hide your point."
                ),
                answer(
                    "Linking it to a clear ask for a named person or group",
                    "Right. People can act on a clear ask.",
                    correct=True,
                ),
                answer("Waiting until someone asks for it", "Not quite. You can offer it yourself."),
            ),
        ],
    },
    "papers-and-minutes": {
        "title": "Meeting papers and minutes",
        "summary": "What agendas, papers, minutes and action logs are, and how to read a pile of papers quickly.",
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>explain what each meeting paper is for</li>"
            "<li>read a long paper in ten minutes</li>"
            "<li>check the minutes record what was said</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Most NHS meetings follow the same pattern. About a week before, you get an "
                "<strong>agenda</strong> (the list of items), <strong>papers</strong> for each item and the "
                "<strong>minutes</strong> of the last meeting. Minutes are the written record of what was "
                "decided. An <strong>action log</strong> lists who agreed to do what, by when.</p>"
                "<p>A meeting needs a <strong>quorum</strong>: the smallest number of members who must be "
                "there for decisions to count.</p>"
            ),
            key_point(
                "<p>You do not have to read every page. Read the front sheet of each paper. It says what "
                "the meeting is asked to do: note it, discuss it or decide.</p>"
            ),
            worked_example(
                "Reading a maternity paper",
                "<p>Amara sits on the maternity voices partnership. Her papers for the next meeting are "
                "48 pages long.</p>",
                [
                    "<p>She reads the agenda first and marks the two items she cares most about.</p>",
                    "<p>For each one she reads the front sheet and the summary, and looks for what women "
                    "and families said.</p>",
                    "<p>One paper about induction of labour has no feedback from families. She writes a "
                    "question in the margin.</p>",
                    "<p>At the meeting she asks it. The minutes record that families will be asked before "
                    "the plan is agreed.</p>",
                ],
                "<p>Focusing on a few items, and on whether patients' views are in the paper, makes your "
                "preparation quick and useful.</p>",
            ),
            activity(
                "Practise with real papers",
                "<p>Find the papers for a public board meeting on a local trust's website. Pick one paper "
                "and find three things: what the meeting is asked to do, who wrote it, and whether it says "
                "what patients think.</p>",
            ),
            quiz(
                "What is a quorum?",
                answer("The chair of the meeting", "Not quite. The chair leads the meeting."),
                answer(
                    "The smallest number of members who must be there for decisions to count",
                    "Right. Without a quorum, the meeting can talk but cannot decide.",
                    correct=True,
                ),
                answer("The written record of the meeting", "Not quite. That is the minutes."),
            ),
        ],
        "resources": {"meeting-checklist": "A checklist for before, during and after a meeting"},
    },
    "confident-challenge": {
        "title": "Asking challenging questions with confidence",
        "summary": "Respectful ways to question, disagree and push for answers when something does not seem right.",
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>ask an open question that gets a real answer</li>"
            "<li>disagree without falling out</li>"
            "<li>know what to do when you are not listened to</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Challenge is part of your role. Good staff welcome it, because it helps them see what "
                "they may have missed. The way you ask makes a big difference to the answer you get.</p>"
                '<p>Open questions work best. Try "Help me understand how...", "What would patients '
                'notice if..." or "How will we know if this has worked?"</p>'
            ),
            key_point(
                "<p>Be curious, not accusing. Question the plan, not the person. If you do not get an "
                "answer, ask for it to be noted in the minutes and followed up.</p>"
            ),
            worked_example(
                "Speaking up about a waiting list",
                "<p>At a mental health services meeting, Kwame heard that waiting times for talking "
                'therapy had "stabilised". From his peer group, he knew people were still waiting months.</p>',
                [
                    '<p>He asked: "Help me understand what stabilised means for someone referred today."</p>',
                    "<p>The answer was that waits were no longer getting longer, but were still 18 weeks.</p>",
                    "<p>He asked what support people get while they wait. No one knew.</p>",
                    "<p>The chair added an action to the log: report back on support while waiting at the "
                    "next meeting.</p>",
                ],
                "<p>A calm, open question got a clear answer and an action, with no one on the defensive.</p>",
            ),
            reflection(
                "When did you hold back?",
                "<p>Think of a time you wanted to question something but did not. What stopped you? Which "
                "open question could you have asked?</p>",
            ),
            details(
                "What if I am still not listened to?",
                "<p>Talk to the chair after the meeting, or to your contact in the Side by Side team. They "
                "can help you raise it again. You can always stop if a group does not feel right for "
                "you.</p>",
            ),
            quiz(
                "Which question is most likely to get a useful answer?",
                answer('"Why have you got this wrong again?"', "Not quite. This may make people defensive."),
                answer(
                    '"How will we know if this has worked for patients?"',
                    "Right. It is open, curious and focused on patients.",
                    correct=True,
                ),
                answer('"Is this all fine then?"', "Not quite. It invites a simple yes and ends the talk."),
            ),
        ],
    },
    "working-as-equals": {
        "title": "Working with patients and the public as equals",
        "summary": "For NHS staff: how to share power with patient partners, from planning to running meetings.",
        "time_needed": "About 1 hour, in two parts, plus an optional workshop",
        "outcomes": (
            "<ul><li>explain what co-production means in practice</li>"
            "<li>plan involvement that is fair and paid properly</li>"
            "<li>run meetings where lay partners can fully take part</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Staff of any role or grade who work, or want to work, with patients, carers and "
            "communities on improvement projects.</p>"
        ),
        "body": [
            rich_text(
                "<p>Patients and carers are experts in their own experience. This course is about making "
                "room for that expertise as an equal part of your work, not an extra at the end.</p>"
                "<p>It follows our trusts' involvement policy, including our "
                + page_link("get-involved", "payment and expenses rules")
                + ".</p>"
            ),
        ],
    },
    "equal-partners": {
        "title": "What working as equals means",
        "summary": (
            "Co-production, sharing power and paying people fairly, with an example from learning disability services."
        ),
        "time_needed": "About 30 minutes",
        "outcomes": (
            "<ul><li>tell the difference between informing, consulting and co-producing</li>"
            "<li>involve people from the start</li>"
            "<li>pay and support partners fairly</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Involvement can mean very different things. <strong>Informing</strong> is telling "
                "people what you have decided. <strong>Consulting</strong> is asking their views on your "
                "plan. <strong>Co-production</strong> is deciding together, from the start, with shared "
                "power and shared credit.</p>"
                "<p>Not every project needs full co-production. But be honest about which one you are "
                "offering, and never call consultation co-production.</p>"
            ),
            key_point(
                "<p>Bring people in before the problem is defined. If the solution is already chosen, you "
                "are consulting, not co-producing.</p>"
            ),
            worked_example(
                "Appointment letters people can read",
                "<p>Weir Valley Community Health wanted to reduce missed appointments among people with a "
                "learning disability.</p>",
                [
                    "<p>Staff first planned a reminder text. Instead, they invited four self-advocates to "
                    "the first meeting, paid for their time.</p>",
                    "<p>The self-advocates said the problem was the letter: too long, no pictures, no "
                    "named person to call.</p>",
                    "<p>Together they wrote an Easy Read letter and tested it with 20 people.</p>",
                    "<p>Missed appointments in that group fell by a third. The self-advocates presented the "
                    "results to the board with staff.</p>",
                ],
                "<p>Asking first, before choosing a fix, changed the whole project.</p>",
            ),
            reflection(
                "Where does the power sit?",
                "<p>Think about a project you work on. Who decided what the problem was? Who sets the "
                "agenda? What could you share with patient partners next time?</p>",
            ),
            quiz(
                "A team asks patients for comments on a finished leaflet. What is this?",
                answer("Co-production", "Not quite. The leaflet was written before patients were involved."),
                answer(
                    "Consultation",
                    "Right. Asking views on something already made is consultation. It is useful, but different.",
                    correct=True,
                ),
                answer("Informing", "Not quite. Patients are being asked for their views, not just told."),
            ),
        ],
    },
    "inclusive-meetings": {
        "title": "Running meetings where everyone can take part",
        "summary": "Practical steps for staff: papers, plain words, online access and making space for lay voices.",
        "time_needed": "About 30 minutes, plus the plain English workshop if you like",
        "outcomes": (
            "<ul><li>send papers people can use</li>"
            "<li>chair so that lay partners are heard</li>"
            "<li>make online and hybrid meetings work for everyone</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Many lay partners stop coming not because they lose interest, but because meetings "
                "are hard to take part in. Small changes make a big difference:</p>"
                "<ul><li>send papers at least a week before, in the format people asked for</li>"
                "<li>explain every abbreviation, or use plain words instead</li>"
                "<li>put lay partners' items early on the agenda, not last</li>"
                "<li>ask lay partners for their views before staff, not after</li></ul>"
            ),
            key_point(
                "<p>Ask each partner what they need to take part, and write it down. Check again every few "
                "months: needs change.</p>"
            ),
            worked_example(
                "Making the online booking group work",
                "<p>A project group on GP online booking met on a video call. Two older lay partners "
                "kept dropping out.</p>",
                [
                    "<p>The chair phoned each of them. One could not find the link; the other could not "
                    "hear well on her tablet.</p>",
                    "<p>The team sent a printed joining guide and offered to join by phone, with the slides "
                    "posted in advance.</p>",
                    "<p>The chair started using the names of people on the phone to invite them in.</p>",
                    "<p>Both partners came to every meeting after that.</p>",
                ],
                "<p>Asking why people left showed simple, cheap fixes.</p>",
            ),
            activity(
                "Check your next agenda",
                "<p>Take the agenda for your next meeting with lay partners. Circle every abbreviation "
                "and every item where lay partners speak last. Change at least two things.</p>",
            ),
            quiz(
                "When is the best time to send meeting papers to lay partners?",
                answer("On the day of the meeting", "Not quite. There is no time to read them."),
                answer(
                    "At least a week before, in the format they asked for",
                    "Right. That gives time to read and prepare questions.",
                    correct=True,
                ),
                answer("Only if they ask", "Not quite. Everyone should get papers at the same time."),
            ),
        ],
    },
}

# Documents people can download, drawn as PDFs by `home.demo.documents.build_pdf`: key -> (title, file, content)
DOCUMENTS = {
    "who-runs-what-guide": (
        "Who runs local health services: a one-page guide",
        "who-runs-what-guide.pdf",
        [
            ("title", "Who runs local health services"),
            ("text", "Side by Side - Brackenford and Weir Valley (a demonstration programme)"),
            ("heading", "GP practices"),
            ("text", "Your GP practice is usually a small business the NHS pays to care for people on its list."),
            ("heading", "NHS trusts"),
            (
                "text",
                "Brackenford Hospitals NHS Foundation Trust runs Brackenford General Hospital. Weir Valley "
                "Community Health NHS Trust runs community nursing, the Riverside urgent treatment centre and "
                "children's therapy.",
            ),
            ("heading", "The integrated care board (ICB)"),
            ("text", "The ICB plans and pays for most local services, working with councils as the ICS."),
            ("heading", "Who checks care"),
            (
                "text",
                "The Care Quality Commission (CQC) inspects services. Healthwatch reports what local people "
                "say. PALS helps you with a problem in a hospital.",
            ),
        ],
    ),
    "who-runs-what-easy-read": (
        "Who runs the NHS near you: Easy Read",
        "who-runs-what-easy-read.pdf",
        [
            ("title", "Who runs the NHS near you"),
            ("text", "This is an Easy Read guide."),
            ("heading", "Your doctor"),
            ("text", "Your GP is the doctor you see first when you are ill."),
            ("heading", "The hospital"),
            ("text", "A group called a trust runs the hospital."),
            ("heading", "Nurses who visit you at home"),
            ("text", "Another trust runs nurses who visit people at home."),
            ("heading", "Who pays"),
            ("text", "A group called the ICB pays for these services."),
            ("heading", "If something goes wrong"),
            ("text", "At the hospital, you can talk to PALS. They will help you."),
            ("heading", "Ask us"),
            ("text", "Phone 01632 960 418. We can help."),
        ],
    ),
    "pdsa-planner-sheet": (
        "PDSA planner: a sheet to print",
        "pdsa-planner-sheet.pdf",
        [
            ("title", "PDSA planner"),
            ("text", "Write your answers by hand. Use one sheet for each test."),
            ("heading", "What are you trying to improve?"),
            ("text", "...................................................................."),
            ("heading", "Plan"),
            ("text", PDSA_HINTS["plan"]),
            ("heading", "Do"),
            ("text", PDSA_HINTS["do"]),
            ("heading", "Study"),
            ("text", PDSA_HINTS["study"]),
            ("heading", "Act"),
            ("text", PDSA_HINTS["act"]),
        ],
    ),
    "run-chart-sheet": (
        "Run chart: a sheet to print",
        "run-chart-sheet.pdf",
        [
            ("title", "Run chart"),
            ("heading", "How to fill it in"),
            (
                "text",
                "Write the dates along the bottom and your measure up the side. Mark one dot for each day "
                "or week, and join the dots. Draw a line across at your baseline. Mark the day you made a "
                "change.",
            ),
            ("heading", "What to look for"),
            (
                "text",
                "Six or more dots in a row above or below the baseline line usually means a real change, not chance.",
            ),
        ],
    ),
    "meeting-checklist": (
        "Before, during and after a meeting: a checklist",
        "meeting-checklist.pdf",
        [
            ("title", "Meeting checklist"),
            ("heading", "Before"),
            (
                "text",
                "Read the agenda. Choose two items. Read their front sheets. Write down one question for "
                "each. Tell the chair if you need anything to take part.",
            ),
            ("heading", "During"),
            ("text", "Ask your questions. Ask for any word you do not know to be explained."),
            ("heading", "After"),
            ("text", "Check the minutes say what was decided. Check the action log for anything you agreed to do."),
        ],
    ),
}

# The glossary: key -> words. Polish and Arabic keep the same keys.
GLOSSARY = {
    "ae": {
        "term": "A&E",
        "full_form": "Accident and emergency",
        "meaning": "The hospital department for serious injuries and illnesses that need urgent care.",
    },
    "baseline": {
        "term": "Baseline",
        "full_form": "",
        "meaning": "A measure of how things are before you make a change, so you can tell later whether it helped.",
    },
    "board-papers": {
        "term": "Board papers",
        "full_form": "",
        "meaning": "The reports a board reads before its meeting. Public board papers go on the trust's website.",
    },
    "chair": {
        "term": "Chair",
        "full_form": "",
        "meaning": "The person who leads a meeting or a board and makes sure everyone can have their say.",
    },
    "clinical-governance": {
        "term": "Clinical governance",
        "full_form": "",
        "meaning": "The ways a service checks and improves the safety and quality of care.",
    },
    "co-production": {
        "term": "Co-production",
        "full_form": "",
        "meaning": "Staff and patients deciding and designing something together, from the start, as equals.",
    },
    "commissioning": {
        "term": "Commissioning",
        "full_form": "",
        "meaning": "Planning which health services an area needs, and paying for them.",
    },
    "cqc": {
        "term": "CQC",
        "full_form": "Care Quality Commission",
        "meaning": "The independent body that inspects health and care services in England and publishes ratings.",
    },
    "discharge": {
        "term": "Discharge",
        "full_form": "",
        "meaning": "When a patient leaves hospital or a service, and the plan for their care afterwards.",
    },
    "executive-director": {
        "term": "Executive director",
        "full_form": "",
        "meaning": "A senior manager who runs part of a trust and sits on its board, such as the chief nurse.",
    },
    "ft": {
        "term": "FT",
        "full_form": "Foundation trust",
        "meaning": "An NHS trust with more freedom over its money, and members and governors from the local area.",
    },
    "gp": {
        "term": "GP",
        "full_form": "General practitioner",
        "meaning": "A family doctor. Your GP practice is usually the first place you go when you are unwell.",
    },
    "governor": {
        "term": "Governor",
        "full_form": "",
        "meaning": (
            "A person elected by members of a foundation trust to represent them and hold the board to account."
        ),
    },
    "healthwatch": {
        "term": "Healthwatch",
        "full_form": "",
        "meaning": (
            "An independent local group that listens to people about health and care and reports what they say."
        ),
    },
    "icb": {
        "term": "ICB",
        "full_form": "Integrated care board",
        "meaning": "The NHS body that plans and pays for most health services in an area.",
    },
    "ics": {
        "term": "ICS",
        "full_form": "Integrated care system",
        "meaning": "The NHS, councils and charities in an area working together to plan health and care.",
    },
    "lay-partner": {
        "term": "Lay partner",
        "full_form": "",
        "meaning": (
            "A patient, carer or local person who joins a project or group as an equal member, but not as staff."
        ),
    },
    "minutes": {
        "term": "Minutes",
        "full_form": "",
        "meaning": "The written record of a meeting: who was there, what was discussed and what was decided.",
    },
    "action-log": {
        "term": "Action log",
        "full_form": "",
        "meaning": "A list of who agreed to do what after a meeting, and by when.",
    },
    "agenda": {
        "term": "Agenda",
        "full_form": "",
        "meaning": "The list of things a meeting will talk about, in order.",
    },
    "ned": {
        "term": "NED",
        "full_form": "Non-executive director",
        "meaning": "A board member from outside the trust whose job is to ask challenging questions.",
    },
    "outpatients": {
        "term": "Outpatients",
        "full_form": "",
        "meaning": "Hospital appointments where you see a specialist and go home the same day.",
    },
    "pals": {
        "term": "PALS",
        "full_form": "Patient Advice and Liaison Service",
        "meaning": "A hospital team that helps patients and families with questions, concerns and problems.",
    },
    "pdsa": {
        "term": "PDSA",
        "full_form": "Plan, do, study, act",
        "meaning": "A way to test a small change quickly, learn from it and decide what to do next.",
    },
    "process-map": {
        "term": "Process map",
        "full_form": "",
        "meaning": "A drawing of every step in a journey through a service, used to find delays and gaps.",
    },
    "quorum": {
        "term": "Quorum",
        "full_form": "",
        "meaning": "The smallest number of members who must be at a meeting for its decisions to count.",
    },
    "referral": {
        "term": "Referral",
        "full_form": "",
        "meaning": (
            "When one professional asks another service to see you, for example your GP sending you to hospital."
        ),
    },
    "run-chart": {
        "term": "Run chart",
        "full_form": "",
        "meaning": "A line graph of a measure over time, used to see whether a change has made things better.",
    },
    "trust": {
        "term": "Trust",
        "full_form": "NHS trust",
        "meaning": "An NHS organisation that runs hospitals, community services or mental health services.",
    },
    "trust-board": {
        "term": "Trust board",
        "full_form": "",
        "meaning": "The group of directors who agree a trust's plans and check its care, money and staff.",
    },
    "urgent-treatment-centre": {
        "term": "UTC",
        "full_form": "Urgent treatment centre",
        "meaning": "A place to go for urgent problems that are not emergencies, such as sprains and minor burns.",
    },
    "easy-read": {
        "term": "Easy Read",
        "full_form": "",
        "meaning": (
            "Information written in short, simple sentences with pictures, for people with a learning disability."
        ),
    },
    "balancing-measure": {
        "term": "Balancing measure",
        "full_form": "",
        "meaning": "A measure that checks a change has not made something else worse.",
    },
}

# Related glossary terms (the link goes both ways).
GLOSSARY_RELATED = {
    "icb": ["ics", "commissioning", "trust"],
    "ft": ["governor", "trust", "trust-board"],
    "trust-board": ["ned", "executive-director", "board-papers", "chair"],
    "minutes": ["agenda", "action-log", "quorum"],
    "pdsa": ["baseline", "run-chart"],
    "run-chart": ["baseline", "balancing-measure"],
    "pals": ["healthwatch"],
    "cqc": ["clinical-governance"],
    "co-production": ["lay-partner"],
    "gp": ["referral", "outpatients"],
    "ae": ["urgent-treatment-centre", "discharge"],
    "process-map": ["discharge"],
}
