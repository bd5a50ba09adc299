"""The demo site in English (the source language).

Plain NHS-style English: short sentences, "you", and any NHS term explained the first time it appears.
"""

from home.demo.blocks import (
    action_link,
    card,
    card_group,
    details,
    document_link,
    expander,
    image,
    inset_text,
    page_link,
    quote,
    rich_text,
    step,
    table,
    warning_callout,
)

HOME = {
    "title": "Side by Side",
    "search_description": (
        "Patients, carers, young people and local communities working with NHS staff in Brackenford "
        "and Weir Valley to make care better."
    ),
    "hero_heading": "Help make local NHS care better",
    "hero_text": (
        "You know what it is like to use health services. Work side by side with NHS staff to change "
        "things for the better. You do not need any qualifications or experience."
    ),
    "hero_link_text": "Find a way to get involved",
    "opportunities_heading": "Start here",
    "events_heading": "Coming up",
    "steps_heading": "How to get involved",
    "steps": [
        step(
            "Find something that suits you",
            "Read about the ways to take part. Some take an hour, some take a few months.",
            page="get-involved",
        ),
        step(
            "Get in touch",
            "Tell us what interests you by email, phone or post. There is no long form to fill in.",
            page="contact-us",
        ),
        step(
            "Have a friendly chat",
            "We call you to talk about what is involved, any support you need and what happens next.",
        ),
        step(
            "Take part, with support",
            "Come to a taster meeting first. We pay your expenses and you can stop at any time.",
            page="about",
        ),
    ],
    "body": [
        quote(
            "I was nervous at first. Now I help decide how the diabetes clinic runs, and the staff really "
            "listen to what we say.",
            "Lay partner, diabetes clinic project",
        ),
    ],
}

ABOUT = {
    "title": "About Side by Side",
    "search_description": "Who runs Side by Side, who can take part and what has changed because of it.",
    "intro": (
        "Side by Side brings patients, carers, young people and local communities together with NHS staff "
        "to improve health services in Brackenford and Weir Valley."
    ),
    "body": [
        rich_text(
            "<h2>What we do</h2>"
            "<p>Side by Side is run by Brackenford Hospitals NHS Foundation Trust and Weir Valley Community "
            "Health NHS Trust. It is part of the Brackenford and Weir Valley Integrated Care System (ICS).</p>"
            "<p>An ICS is a partnership of the NHS, local councils and charities that plans health and care "
            "for an area.</p>"
            "<p>We find people who want to help, match them with projects and support them while they take "
            "part.</p>"
            "<h2>Who can take part</h2>"
            "<p>Anyone who lives in the area or uses its services, including:</p>"
            "<ul>"
            "<li>patients who use services now or have used them in the past</li>"
            "<li>family members and unpaid carers</li>"
            "<li>young people aged 14 to 25</li>"
            "<li>community groups and local charities</li>"
            "</ul>"
            "<p>You do not need any experience or qualifications.</p>"
        ),
        image(
            "community",
            "Illustration of a street of colourful houses with a heart above them.",
            "We work with communities across Brackenford and Weir Valley.",
        ),
        rich_text(
            "<h2>Why it matters</h2>"
            "<p>People who use services often notice things that staff do not. When staff and patients plan "
            "changes together, the changes work better and last longer.</p>"
        ),
        quote(
            "The best changes on our ward came from patients who told us what the waiting room was really like.",
            "Ward manager, Brackenford General Hospital",
        ),
        rich_text(
            "<h2>What has changed so far</h2>"
            "<ul>"
            "<li>appointment letters rewritten with patients, so they are easier to understand</li>"
            "<li>a quiet room for families in the children's emergency department</li>"
            "<li>evening clinics for people who work during the day</li>"
            "</ul>"
        ),
        inset_text("<p>We always tell you what difference your help made, even when a change could not go ahead.</p>"),
        card_group(
            [
                card("How to get involved", "Ways to take part and how much time each one takes.", "get-involved"),
                card("Contact us", "Ask a question or tell us you are interested.", "contact-us"),
                card("Privacy notice", "How we look after your information.", "privacy-notice"),
            ]
        ),
    ],
}

GET_INVOLVED = {
    "title": "How to get involved",
    "search_description": (
        "Join an improvement project as a lay partner, review material from home, join the youth forum, "
        "come to an event or get a buddy."
    ),
    "intro": (
        "There are lots of ways to help improve local health services. Choose the one that fits your life. "
        "You can try more than one."
    ),
    "body": [
        rich_text("<h2>Ways to take part</h2><p>Here are the main ways. We explain each one below.</p>"),
        table(
            "Ways to take part and how much time each one takes",
            [
                ["Way to take part", "Time it takes", "Where"],
                [
                    "Lay partner on an improvement project",
                    "About 2 hours a month for 6 to 12 months",
                    "In person, by video or by phone",
                ],
                ["Reference group", "1 or 2 hours each time we send you something", "From home, by email or post"],
                ["Youth forum (ages 14 to 25)", "One evening a month", "In person or online"],
                ["Improvement sprint event", "One day, or two half days", "In person"],
                ["Peer-support buddy", "An hour or two a month, for as long as you like", "Wherever suits you both"],
            ],
        ),
        rich_text(
            "<h2>Lay partner on an improvement project</h2>"
            "<p>A lay partner is a patient, carer or local person who joins a project team as an equal "
            "member. Staff bring what they know about running services. You bring what you know about "
            "using them.</p>"
            "<p>What you can expect:</p>"
            "<ul>"
            "<li>a short briefing about the project and the team before you start</li>"
            "<li>a taster meeting, with no obligation to carry on</li>"
            "<li>two lay partners on every project where we can, so you are not on your own</li>"
            "<li>your travel, parking and care costs paid</li>"
            "</ul>"
        ),
        image(
            "improvement-event",
            "Illustration of three people at a table beside a board covered in sticky notes.",
        ),
        details(
            "What is an improvement project?",
            "<p>A team of staff and lay partners works on one problem, for example long waits in a clinic. "
            "The team finds out what causes the problem, tries small changes and keeps the ones that work.</p>",
        ),
        document_link("lay-partner-guide", "Read the lay partner guide"),
        rich_text(
            "<h2>Reference groups</h2>"
            "<p>A reference group reads material and tells us what they think, from home. We send you "
            "things like leaflets, letters and web pages by email or by post, whichever you prefer. You "
            "reply in your own time, usually within 2 weeks.</p>"
        ),
        image("from-home", "Illustration of a laptop and a letter in an envelope."),
        rich_text(
            "<h2>Youth forum</h2>"
            "<p>If you are aged 14 to 25, the youth forum is where you can have your say about services for "
            "young people, such as mental health support or moving from children's to adult services. It "
            "meets one evening a month and food is provided.</p>"
            "<h2>Improvement sprint events</h2>"
            "<p>A sprint event brings patients, carers, staff and local people together for a day to work "
            "on one problem. Everyone is welcome. You do not have to commit to anything else.</p>"
            "<h2>Get a buddy</h2>"
            "<p>Our peer-support network can match you with a buddy: someone who has taken part before. "
            "They can come to your first meeting with you and answer your questions.</p>"
        ),
        expander(
            "Will I be paid?",
            "<p>We always pay your travel, parking and care costs. For project work and sprint events we "
            "also offer a payment for your time.</p>"
            "<p>If you receive benefits, talk to us before you accept a payment. We can help you check how "
            "it might affect them.</p>",
        ),
        expander(
            "Can I stop at any time?",
            "<p>Yes. You can take a break or stop whenever you want, and you do not have to tell us why. "
            "Just let us know, so that we stop contacting you.</p>",
        ),
        action_link("Tell us you are interested", page="contact-us"),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "search_description": "How accessible this website is, the problems we know about and how to report a problem.",
    "intro": (
        "This statement explains how accessible this website is, what to do if you have difficulty using it "
        "and how to report a problem."
    ),
    "body": [
        rich_text(
            "<p>Brackenford Hospitals NHS Foundation Trust runs this website for the Side by Side programme. "
            "We want as many people as possible to be able to use it. For example, you should be able to:</p>"
            "<ul>"
            "<li>change colours, contrast and fonts using your browser or device settings</li>"
            "<li>zoom in up to 400% without text spilling off the screen</li>"
            "<li>get around most of the website using only a keyboard or speech recognition software</li>"
            "<li>listen to most of the website using a screen reader, such as NVDA, JAWS or VoiceOver</li>"
            "<li>read the website in English, Polish or Arabic</li>"
            "</ul>"
            "<p>We have also tried to make the text as simple as possible to understand.</p>"
            '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device '
            "easier to use if you have a disability.</p>"
            "<h2>How accessible this website is</h2>"
            "<p>This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) "
            "version 2.2 AA standard, because of the problems listed below.</p>"
        ),
        details(
            "What is WCAG?",
            "<p>The Web Content Accessibility Guidelines (WCAG) are an international standard for making "
            "websites work for disabled people. Public sector websites in the UK must meet level AA.</p>",
        ),
        table(
            "Accessibility problems we know about",
            [
                ["Problem", "WCAG 2.2 success criterion", "What we are doing about it"],
                [
                    "Some older PDF documents have no headings or tags, so screen readers cannot move "
                    "through them easily.",
                    "1.3.1 Info and relationships",
                    "We are replacing them with web pages as we update them.",
                ],
                [
                    "Some videos from other websites do not have captions in Polish or Arabic.",
                    "1.2.2 Captions (prerecorded)",
                    "Every video has a written transcript. We add captions when we publish new videos.",
                ],
                [
                    "Polish and Arabic pages can take a few days longer to update than English pages.",
                    "Not a WCAG failure",
                    "We check translated pages every month.",
                ],
            ],
        ),
        rich_text(
            "<h2>If you need information in a different format</h2>"
            "<p>Contact us if you need information from this website in another format, such as large print, "
            "easy read, audio, braille or another language. We will reply within 5 working days.</p>"
            f"<p>You can {page_link('contact-us', 'contact us by email, phone or post')}.</p>"
            "<h2>Reporting accessibility problems</h2>"
            "<p>If you find a problem that is not listed on this page, or you think we are not meeting "
            "accessibility requirements, please tell us. It helps us put it right.</p>"
            "<h2>Enforcement procedure</h2>"
            "<p>The Equality and Human Rights Commission (EHRC) makes sure public sector websites follow the "
            "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. "
            "If you are not happy with how we respond to your complaint, contact the Equality Advisory and "
            "Support Service (EASS).</p>"
        ),
        action_link(
            "Contact the Equality Advisory and Support Service", url="https://www.equalityadvisoryservice.com/"
        ),
        rich_text(
            "<h2>How we tested this website</h2>"
            "<p>Every page is tested automatically for accessibility problems, in English and Arabic, each "
            "time we change the website. We also test the main tasks using only a keyboard and with a screen "
            "reader.</p>"
            "<p>We prepared this statement on 2 June 2025. We last reviewed it on 2 June 2025.</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Privacy notice",
    "search_description": (
        "What information we collect when you get involved, why we need it, how long we keep it and your rights."
    ),
    "intro": (
        "This notice explains what information we collect when you get involved with Side by Side, why we "
        "need it, how long we keep it and what your rights are."
    ),
    "body": [
        rich_text(
            "<h2>Who we are</h2>"
            "<p>Side by Side is run by Brackenford Hospitals NHS Foundation Trust and Weir Valley Community "
            "Health NHS Trust. Brackenford Hospitals NHS Foundation Trust is the data controller. This means "
            "it decides how your information is used and must keep it safe.</p>"
            "<h2>What we collect</h2>"
            "<ul>"
            "<li>your name and how to contact you: email, phone or post, whichever you choose</li>"
            "<li>the ways you want to get involved</li>"
            "<li>any support you ask for, such as an interpreter or step-free access</li>"
            "<li>the details we need to pay your expenses, such as your bank details</li>"
            "<li>if you create an account, your email address and the settings you choose</li>"
            "</ul>"
            "<p>We do not look at your medical records. You never have to tell us about your health to take "
            "part.</p>"
        ),
        inset_text(
            "<p>This website does not use cookies to track you. It only sets a cookie if you sign in, to keep "
            "you signed in.</p>"
        ),
        rich_text(
            "<h2>Why we use it</h2>"
            "<ul>"
            "<li>to contact you about the opportunities you asked about</li>"
            "<li>to arrange the support you need and pay your expenses</li>"
            "<li>to understand who takes part, so that we can reach people we are not hearing from (we only "
            "use totals for this, never names)</li>"
            "</ul>"
            "<p>The law says we need a reason, called a lawful basis, to use your information. Ours is that "
            "involving the public is part of our job as an NHS organisation. This is called public task. If "
            "you choose to tell us about your health or background, we only use it with your permission.</p>"
        ),
        table(
            "How long we keep your information",
            [
                ["Information", "How long we keep it"],
                [
                    "Your contact details and the ways you want to take part",
                    "2 years after you last take part, or less if you ask us to delete them",
                ],
                ["Expenses and payment records", "6 years, because the law says we must keep financial records"],
                [
                    "Notes from meetings you took part in",
                    "10 years as part of the project record, without your contact details",
                ],
                ["Messages you send us", "1 year"],
            ],
        ),
        details(
            "Who we share your information with",
            "<p>Only the staff running the project you join. We never sell your information and never use it "
            "for marketing. Companies that host our website and email store it for us in the UK, under "
            "contract.</p>",
            style="expander",
        ),
        expander(
            "Your rights",
            "<p>You have the right to:</p>"
            "<ul>"
            "<li>ask for a copy of the information we hold about you</li>"
            "<li>ask us to correct it if it is wrong</li>"
            "<li>ask us to delete it</li>"
            "<li>object to how we use it, or ask us to use it less</li>"
            "<li>take back your permission at any time, where we asked for it</li>"
            "</ul>"
            "<p>We will reply within 1 month.</p>",
        ),
        rich_text(
            "<h2>Contact our data protection officer</h2>"
            '<p>Email <a href="mailto:dpo@example.org">dpo@example.org</a> or write to: Data Protection '
            "Officer, Brackenford General Hospital, Mill Lane, Brackenford.</p>"
            "<h2>If you want to complain</h2>"
            "<p>If you are unhappy with how we have used your information, you can complain to the "
            '<a href="https://ico.org.uk/make-a-complaint/">Information Commissioner\'s Office (ICO)</a>, '
            "the UK's independent regulator for data protection.</p>"
            "<p>We last updated this notice on 2 June 2025.</p>"
        ),
    ],
}

CONTACT = {
    "title": "Contact us",
    "search_description": "Email, phone or write to the Side by Side team. We cannot give medical advice.",
    "intro": (
        "Get in touch to ask a question, tell us you are interested in taking part or give us feedback about "
        "this website."
    ),
    "body": [
        warning_callout(
            "We cannot give medical advice",
            "<p>If you need medical help, contact your GP surgery or use NHS 111. In an emergency, call 999.</p>",
        ),
        action_link("Get help from NHS 111 online", url="https://111.nhs.uk/"),
        rich_text(
            "<h2>Email</h2>"
            '<p><a href="mailto:sidebyside@example.org">sidebyside@example.org</a></p>'
            "<p>We reply within 3 working days.</p>"
            "<h2>Phone</h2>"
            "<p>01632 960 418, Monday to Friday, 9am to 5pm.</p>"
            "<p>If we cannot answer, leave a message and we will call you back.</p>"
            "<h2>Post</h2>"
            "<p>Side by Side team<br/>Brackenford General Hospital<br/>Mill Lane<br/>Brackenford</p>"
        ),
        inset_text(
            "<p>If you would like to talk in a language other than English, or you need a British Sign "
            "Language (BSL) interpreter, tell us. We will arrange one for free.</p>"
        ),
        rich_text("<h2>Find out more</h2>"),
        card_group(
            [
                card("How to get involved", "Ways to take part and how much time each one takes.", "get-involved"),
                card("About Side by Side", "Who we are and what has changed so far.", "about"),
            ],
            columns="2",
        ),
    ],
}

PAGES = {
    "about": ABOUT,
    "get-involved": GET_INVOLVED,
    "accessibility-statement": ACCESSIBILITY,
    "privacy-notice": PRIVACY,
    "contact-us": CONTACT,
}
