"""The demo stories: a "Stories" index in English, Polish and Arabic with two published stories in each, one
story sent in and accepted (it became the carer's story), and one new story waiting in the queue.

Everything here is made up: the people, their words and their email addresses. Called by
`load_demo_content` after the events demo; idempotent like the rest of the demo (pages found by slug or
translation, submissions by email address and title).
"""

import datetime

from django.contrib.contenttypes.models import ContentType

from wagtail.signals import page_published

from community.models import StoryIndexPage, StoryPage, StoryRelatedOpportunity, StoryStatus, StorySubmission
from community.stories import tell_when_published
from home.demo.site import STORIES_KEY
from opportunities.demo import en as opportunities_en
from opportunities.demo.loader import OpportunityDemo
from opportunities.models import OpportunityPage
from sidebyside.core.models import Organisation
from sidebyside.moderation.models import ModerationDecision

ORGANISATION = "bht"

INDEX = {
    "en": {
        "title": "Stories",
        "search_description": "People who took part in improving local health services tell what it was like.",
        "introduction": (
            "Patients, carers and young people tell, in their own words, what taking part has been like for them."
        ),
        "share_introduction": (
            "Have you helped to improve a health service? Your story could help someone else decide to get involved."
        ),
    },
    "pl": {
        "title": "Historie",
        "search_description": (
            "Osoby, które pomogły ulepszyć lokalne usługi zdrowotne, opowiadają o swoich doświadczeniach."
        ),
        "introduction": (
            "Pacjenci, opiekunowie i młodzi ludzie opowiadają własnymi "
            "słowami, jak wygląda udział w naszych działaniach."
        ),
        "share_introduction": (
            "Czy pomogłeś ulepszyć jakąś usługę zdrowotną? Twoja historia może zachęcić kogoś innego do udziału."
        ),
    },
    "ar": {
        "title": "قصص",
        "search_description": "أشخاص ساعدوا في تحسين الخدمات الصحية المحلية يروون تجربتهم.",
        "introduction": "يروي المرضى ومقدمو الرعاية والشباب بكلماتهم الخاصة كيف كانت تجربة المشاركة بالنسبة لهم.",
        "share_introduction": "هل ساعدت في تحسين خدمة صحية؟ قد تساعد قصتك شخصًا آخر على أن يقرر المشاركة.",
    },
}

# The facts of each story, the same in every language.
STORIES = {
    "a-carer-at-the-table": {
        "teller_name": "Maureen",
        "days_ago": 40,
        "topics": ["older_people", "urgent_care"],
        "related": ["hospital-discharge-carers"],
    },
    "my-voice-on-the-youth-forum": {
        "teller_name": "",
        "days_ago": 12,
        "topics": ["young_people", "mental_health"],
        "related": ["youth-forum", "young-minds-website-review"],
    },
}

WORDS = {
    "en": {
        "a-carer-at-the-table": {
            "title": "A carer at the table",
            "summary": (
                "After my husband came home from hospital, I joined a reference group "
                "to help make leaving hospital easier for families."
            ),
            "paragraphs": [
                "When my husband came home from hospital last winter, nobody had told us which medicines had "
                "changed. I spent the first evening on the phone trying to find out.",
                "A few months later I saw a poster asking carers to join a reference group about leaving hospital. "
                "I nearly did not go: I thought the meetings would be full of people in suits using words I did "
                "not know. They were not. The staff listened, and explained anything I asked about.",
                "We met once a month for half a year. Our group rewrote the checklist that ward staff now go "
                "through with families before someone goes home. Seeing our words on the new leaflet was a "
                "proud moment.",
                "If you are a carer and you are not sure you have anything to offer: you do. You know what it "
                "is really like.",
            ],
        },
        "my-voice-on-the-youth-forum": {
            "title": "My voice on the youth forum",
            "summary": (
                "I joined the youth forum when I was 16. Two years on, I help decide "
                "how young people's mental health services are run."
            ),
            "paragraphs": [
                "I joined the youth forum because a friend was going and I did not want to go on my own. I "
                "stayed because people actually took what we said seriously.",
                "Our first big piece of work was the waiting room at the young people's clinic. We said it felt "
                "like a place for little children. The next year it had been changed, with ideas we had come "
                "up with.",
                "I have learned how to speak in meetings, how to chair one, and that it is fine to say you do "
                "not understand something. I also get paid for my time, which helps.",
                "You do not need to be confident to join. Most of us were not at the start.",
            ],
        },
    },
    "pl": {
        "a-carer-at-the-table": {
            "title": "Opiekunka przy stole",
            "summary": (
                "Po powrocie męża ze szpitala dołączyłam do grupy konsultacyjnej, "
                "aby rodzinom łatwiej było przejść przez wypis."
            ),
            "paragraphs": [
                "Kiedy zeszłej zimy mój mąż wrócił ze szpitala, nikt nam nie powiedział, które leki się zmieniły. "
                "Cały pierwszy wieczór spędziłam przy telefonie, próbując się tego dowiedzieć.",
                "Kilka miesięcy później zobaczyłam plakat zapraszający opiekunów do grupy konsultacyjnej w sprawie "
                "wypisów ze szpitala. Prawie nie poszłam, bo myślałam, że nie zrozumiem fachowych słów. "
                "Personel jednak słuchał i wyjaśniał wszystko, o co pytałam.",
                "Przez pół roku spotykaliśmy się raz w miesiącu. Nasza grupa napisała na nowo listę, którą "
                "personel oddziału omawia teraz z rodzinami przed wypisem.",
                "Jeśli jesteś opiekunem i nie wiesz, czy masz coś do "
                "zaoferowania: masz. Wiesz, jak to wygląda naprawdę.",
            ],
        },
        "my-voice-on-the-youth-forum": {
            "title": "Mój głos na forum młodzieży",
            "summary": (
                "Dołączyłem do forum młodzieży w wieku 16 lat. Dziś pomagam decydować "
                "o usługach zdrowia psychicznego dla młodych ludzi."
            ),
            "paragraphs": [
                "Dołączyłem do forum, bo szedł tam kolega, a ja nie chciałem iść sam. Zostałem, bo naprawdę "
                "traktowano poważnie to, co mówiliśmy.",
                "Najpierw zajęliśmy się poczekalnią w poradni dla młodzieży. Powiedzieliśmy, że wygląda jak "
                "miejsce dla małych dzieci. Rok później została zmieniona według naszych pomysłów.",
                "Nauczyłem się zabierać głos na spotkaniach i że można powiedzieć, że czegoś się nie rozumie. "
                "Za swój czas dostaję też wynagrodzenie.",
                "Nie musisz być pewny siebie, żeby dołączyć. Większość z nas na początku nie była.",
            ],
        },
    },
    "ar": {
        "a-carer-at-the-table": {
            "title": "مقدمة رعاية على الطاولة",
            "summary": "بعد عودة زوجي من المستشفى، انضممت إلى مجموعة استشارية لتسهيل مغادرة المستشفى على العائلات.",
            "paragraphs": [
                "عندما عاد زوجي من المستشفى في الشتاء الماضي، لم يخبرنا أحد بالأدوية التي تغيّرت. قضيت المساء "
                "الأول على الهاتف أحاول أن أعرف.",
                "بعد بضعة أشهر رأيت ملصقًا يدعو مقدمي الرعاية للانضمام إلى مجموعة استشارية حول مغادرة المستشفى. "
                "كدت لا أذهب لأنني ظننت أنني لن أفهم الكلمات الصعبة، لكن الموظفين استمعوا وشرحوا كل ما سألت عنه.",
                "التقينا مرة كل شهر لمدة نصف عام، وأعادت مجموعتنا كتابة القائمة التي يراجعها موظفو الجناح الآن مع "
                "العائلات قبل خروج المريض.",
                "إذا كنت مقدم رعاية ولست متأكدًا من أن لديك ما تقدمه: لديك. أنت تعرف كيف يكون الأمر حقًا.",
            ],
        },
        "my-voice-on-the-youth-forum": {
            "title": "صوتي في منتدى الشباب",
            "summary": (
                "انضممت إلى منتدى الشباب في سن السادسة عشرة، واليوم أساعد في "
                "تقرير كيف تُدار خدمات الصحة النفسية للشباب."
            ),
            "paragraphs": [
                "انضممت إلى المنتدى لأن صديقًا لي كان ذاهبًا ولم أرد أن أذهب "
                "وحدي. وبقيت لأنهم أخذوا كلامنا على محمل الجد.",
                "كان أول عمل كبير لنا غرفة الانتظار في عيادة الشباب. قلنا إنها تبدو مكانًا للأطفال الصغار، وفي السنة "
                "التالية تغيّرت بأفكار اقترحناها.",
                "تعلمت كيف أتحدث في الاجتماعات، وأنه لا بأس أن أقول إنني لم أفهم شيئًا. كما أحصل على أجر مقابل وقتي.",
                "لا تحتاج إلى أن تكون واثقًا من نفسك لتنضم. معظمنا لم يكن كذلك في البداية.",
            ],
        },
    },
}

# Stories sent in through the form. The accepted one became the English carer's story.
SUBMISSIONS = [
    {
        "name": "Maureen Okafor",
        "email": "maureen.okafor@example.org",
        "language": "en",
        "title": "A carer at the table",
        "story": "\n\n".join(WORDS["en"]["a-carer-at-the-table"]["paragraphs"]),
        "naming": "first_name",
        "status": StoryStatus.ACCEPTED,
        "page": "a-carer-at-the-table",
        "days_ago": 55,
    },
    {
        "name": "Tomasz Zieliński",
        "email": "tomasz.zielinski@example.org",
        "language": "pl",
        "title": "Pierwsze spotkanie grupy czytelników ulotek",
        "story": (
            "Bałem się, że mój angielski nie wystarczy, ale na spotkaniu czytaliśmy ulotki powoli i każdy mógł "
            "powiedzieć, co jest niejasne.\n\nTeraz wiem, że moje uwagi pomagają innym osobom, dla których "
            "angielski nie jest pierwszym językiem."
        ),
        "naming": "anonymous",
        "status": StoryStatus.NEW,
        "page": None,
        "days_ago": 3,
    },
]


def load_stories(site_loader):
    """Build the demo stories; returns the stories index page of each language code.

    The demo people are made up: nobody is told that a demo story was published."""
    disconnected = page_published.disconnect(sender=StoryPage, dispatch_uid="community.stories.tell_when_published")
    try:
        return StoryDemo(site_loader).load()
    finally:
        if disconnected:
            page_published.connect(
                tell_when_published, sender=StoryPage, dispatch_uid="community.stories.tell_when_published"
            )


class StoryDemo(OpportunityDemo):
    """Shares the opportunities demo's helpers for pages, translations and fields."""

    def load(self):
        self.organisation = Organisation.objects.get(name=opportunities_en.ORGANISATIONS[ORGANISATION][0])
        english_home = self.site.pages["en"]["home"]
        self.indexes["en"] = self.ensure_child(
            english_home, StoryIndexPage, STORIES_KEY, INDEX["en"]["title"], organisation=self.organisation
        )
        self.publish_if_changed(self.indexes["en"], self.index_fields("en"))
        self.pages["en"] = {
            key: self.ensure_child(self.indexes["en"], StoryPage, key, WORDS["en"][key]["title"], summary="-")
            for key in STORIES
        }
        for key in STORIES:
            self.publish_story("en", key)
        for code in ("pl", "ar"):
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.publish_if_changed(self.indexes[code], self.index_fields(code))
            self.pages[code] = {key: self.ensure_translation(self.pages["en"][key], code) for key in STORIES}
            for key in STORIES:
                self.publish_story(code, key)
        self.ensure_submissions()
        return self.indexes

    def index_fields(self, code):
        words = INDEX[code]
        return {
            **{name: words[name] for name in ("title", "search_description", "introduction", "share_introduction")},
            "organisation_id": self.organisation.pk,
        }

    def publish_story(self, code, key):
        facts, words = STORIES[key], WORDS[code][key]
        body = [("rich_text", "".join(f"<p>{paragraph}</p>" for paragraph in words["paragraphs"]))]
        fields = {
            "title": words["title"],
            "summary": words["summary"],
            "search_description": words["summary"],
            "teller_name": facts["teller_name"],
            "date": self.today - datetime.timedelta(days=facts["days_ago"]),
            "body": self.site.stream(code, f"stories/{key}/body", body),
        }
        topics = [self.topics[slug] for slug in sorted(facts["topics"])]
        related = [{"opportunity_id": self.opportunity(code, slug).pk} for slug in facts["related"]]
        self.publish_if_changed(
            self.pages[code][key], fields, topics, {"related_opportunities": (StoryRelatedOpportunity, related)}
        )

    def opportunity(self, code, slug):
        pages = {page.locale_id: page for page in OpportunityPage.objects.filter(slug=slug)}
        return pages.get(self.locales[code].pk) or pages[self.locales["en"].pk]

    def ensure_submissions(self):
        content_type = ContentType.objects.get_for_model(StorySubmission)
        for spec in SUBMISSIONS:
            if StorySubmission.objects.filter(email=spec["email"], title=spec["title"]).exists():
                continue
            sent = self.now - datetime.timedelta(days=spec["days_ago"])
            page = self.pages["en"][spec["page"]] if spec["page"] else None
            submission = StorySubmission.objects.create(
                index_page=self.indexes[spec["language"]],
                organisation=self.organisation,
                name=spec["name"],
                email=spec["email"],
                language=spec["language"],
                title=spec["title"],
                story=spec["story"],
                naming=spec["naming"],
                consent_to_publish=True,
                consent_wording_version="demo",
                status=spec["status"],
                status_changed_at=sent + datetime.timedelta(days=2) if page else sent,
                story_page=page,
                created_at=sent,
            )
            # The history the form and the moderator's decision would have written.
            self.decision(content_type, submission, "", StoryStatus.NEW, sent, by=None)
            if spec["status"] != StoryStatus.NEW:
                when = sent + datetime.timedelta(days=2)
                self.decision(content_type, submission, StoryStatus.NEW, spec["status"], when, by=self.moderator)
            self.changes.append(f"Added story submission {spec['title']!r}")

    def decision(self, content_type, submission, from_status, to_status, when, *, by):
        ModerationDecision.objects.create(
            content_type=content_type,
            object_id=submission.pk,
            by=by,
            from_status=from_status,
            to_status=to_status,
            created_at=when,
        )
