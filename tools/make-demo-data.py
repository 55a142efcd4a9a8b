#!/usr/bin/env python3
"""Writes the bundled demo data set: resources/demo/*.json and resources/demo/manifest.json.

The demo is a synthetic day at a fictional immigration agency, "Immigration Services (demo)":
a one-hour #AskImmigration office-hours event on X (Monday 2 November 2026, 9-10 a.m. Eastern,
14:00-15:00 UTC) and the comments on two posts of its Facebook page. Every person, handle, id,
number and link here is invented. SSNs are the long-voided 078-05-1120 and 219-09-9999, phone
numbers are in the fictional 555-01xx block, e-mail and web addresses use example.com/.org and
.example, and the card number is the usual test Visa.

The pages are written in the platforms' own JSON (see PLATFORMS.md sections 1 and 5):
  X API v2   GET /2/users/:id/mentions and GET /2/tweets/search/recent: data[], includes.users[],
             errors[] beside data where a referenced object is gone, meta{newest_id, oldest_id,
             result_count, next_token, previous_token}; newest first; no next_token on the last page.
  Graph API  GET /{post-id}/comments: data[], paging{cursors{before, after}, next, previous};
             no next on the last page; non-ASCII escaped as \\uXXXX, as Graph sends it.

Deterministic: a fixed seed, no clock, no network, standard library only. Run it from anywhere:
    python3 tools/make-demo-data.py [--out DIR] [--check]
--check regenerates into memory and fails if the committed files differ.
"""

import argparse
import base64
import datetime as dt
import json
import pathlib
import random
import re
import sys

SEED = 20261102
UTC = dt.timezone.utc
TWITTER_EPOCH_MS = 1288834974657

X_API = "https://api.x.com"
GRAPH_API = "https://graph.facebook.com/v27.0"

AGENCY_X = {"id": "1720000000000000001", "username": "USImmigDemo", "name": "Immigration Services (demo)"}
HASHTAG = "AskImmigration"
FB_PAGE = {"id": "104560123456789", "name": "Immigration Services (demo)"}
X_ACCOUNT = "demo-x"
FB_ACCOUNT = "demo-facebook"

X_FIELDS = ("tweet.fields=created_at,author_id,conversation_id,lang,entities,referenced_tweets,"
            "in_reply_to_user_id,edit_history_tweet_ids&expansions=author_id,referenced_tweets.id"
            "&user.fields=username,name")
FB_FIELDS = "id,message,created_time,from,parent,is_hidden,can_hide,comment_count,permalink_url"


def at(hour, minute, second=0, day=2):
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# People: invented names combined at random, so no real person is meant.
FIRST = ["Maria", "Jose", "Wei", "Priya", "Ahmed", "Olga", "Kwame", "Ana", "Luis", "Thanh", "Fatima", "Carlos",
         "Mei", "Rahul", "Sofia", "Dmitri", "Amara", "Jorge", "Leila", "Samuel", "Rosa", "Tomasz", "Grace", "Omar",
         "Lucia", "Hiroshi", "Nadia", "Emeka", "Camila", "Arjun", "Yesenia", "Ivan", "Chloe", "Mateo", "Aisha",
         "Daniel", "Elena", "Kofi", "Paola", "Minh", "Sara", "Andres", "Zainab", "Bogdan", "Lina", "Marco", "Joy",
         "Ricardo", "Hana", "Felipe", "Ngozi", "Valeria", "Sunil", "Irina", "Diego", "Esther", "Yusuf", "Gabriela"]
LAST = ["Lopez", "Nguyen", "Patel", "Garcia", "Okafor", "Ivanova", "Mensah", "Rodriguez", "Chen", "Haddad",
        "Kowalski", "Santos", "Reyes", "Sharma", "Kim", "Alvarez", "Mwangi", "Hernandez", "Petrova", "Diaz",
        "Tanaka", "Morales", "Osei", "Castillo", "Ali", "Romero", "Novak", "Flores", "Adeyemi", "Vargas", "Singh",
        "Cruz", "Park", "Torres", "Hassan", "Mendoza", "Silva", "Ortiz", "Boateng", "Rivera", "Khan", "Gomez"]
CITIES = ["Houston", "Newark", "Chicago", "Miami", "Phoenix", "Seattle", "Atlanta", "Denver", "San Jose", "Boston"]
CENTERS = ["Nebraska", "Texas", "California", "Vermont", "Potomac", "National Benefits"]
FORMS = ["I-485", "I-765", "I-130", "I-131", "N-400", "I-751", "I-90", "I-129F", "I-821D", "N-600"]


class People:
    def __init__(self, rng):
        self.rng = rng
        self.used_handles = set()
        self.used_names = set()

    def name(self):
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def x_user(self):
        name = self.name()
        first, last = name.split(" ")
        styles = [
            lambda: f"{first.lower()}_{last.lower()}",
            lambda: f"{first.lower()}{self.rng.randint(10, 99)}",
            lambda: f"{first[0].lower()}{last.lower()}{self.rng.randint(1, 999)}",
            lambda: f"{last}{first[0]}{self.rng.randint(70, 99)}",
            lambda: f"the_{first.lower()}_{self.rng.randint(1, 9)}",
        ]
        while True:
            handle = self.rng.choice(styles)()[:15]
            if handle.lower() not in self.used_handles:
                self.used_handles.add(handle.lower())
                break
        if self.rng.random() < 0.3:  # an older account: a short numeric id
            uid = str(self.rng.randint(10_000_000, 3_999_999_999))
        else:  # a newer one: a snowflake-sized id
            uid = str(self.rng.randint(1_100_000_000_000_000_000, 1_980_000_000_000_000_000))
        return {"id": uid, "username": handle, "name": name}

    def fb_user(self):
        return {"id": str(self.rng.randint(6_000_000_000_000_000, 9_999_999_999_999_999)), "name": self.name()}


# --------------------------------------------------------------------------------------------
# What people write. {form}, {months}, {center}, {city} are filled in at random.
QUESTIONS = [
    "How long does it take to process an {form} right now? Mine has been pending {months} months.",
    "Can I travel outside the US while my I-485 is pending if I have advance parole?",
    "What's the current filing fee for the N-400? Is there a fee waiver?",
    "My work permit expires next month and the renewal is still pending. Can I keep working?",
    "Do I need a new I-864 if my sponsor's income changed since we filed?",
    "Is a biometrics appointment required for a green card renewal (I-90)?",
    "How do I change my address for a case that's already pending?",
    "Can I check my case status online without creating an account?",
    "What happens at the naturalization interview? Is the civics test the same as last year?",
    "My green card was stolen. Which form do I file to replace it?",
    "Do children under 18 become citizens automatically when a parent naturalizes?",
    "Can I file the I-130 and I-485 together if my spouse is a US citizen?",
    "Is there a way to expedite a case for a medical emergency?",
    "How many days before my green card anniversary can I file for naturalization?",
    "I got a Request for Evidence. How long do I have to respond?",
    "Conditional green card: do I file the I-751 first or can I go straight to the N-400?",
    "Can I pay the filing fees with a credit card now?",
    "Will the new fee schedule apply to applications I mail in November?",
    "Is my green card enough to fly domestically or do I need a REAL ID too?",
    "Can I travel to Puerto Rico with only my work permit?",
    "How often is the processing times page updated?",
    "What documents should I bring to my biometrics appointment?",
    "How do I replace a lost naturalization certificate? Is it the N-565?",
    "My name is misspelled on my card. Do I have to pay to fix your typo?",
    "Are interviews being waived for the I-751 this year?",
    "Can I reschedule my interview online or do I have to call?",
    "What's the difference between an A-number and a receipt number?",
    "Do translated birth certificates need to be certified?",
    "Is the English test waived if I'm over 55 and have lived here 15 years?",
    "How early can I renew a 10-year green card?",
    "Will a speeding ticket hurt my N-400?",
    "Is filing online faster than mailing the paper {form}?",
    "Can I take the oath the same day as my interview?",
    "My {form} has been at the {center} Service Center for {months} months. Is that normal?",
    "If I move to {city}, does my case transfer to a new field office?",
    "Can my employer see my case status?",
    "Is there a fee reduction for low-income applicants filing the N-400?",
    "Do I still need a medical exam (I-693) if I had one two years ago?",
    "How do I add my new baby to my pending {form}?",
    "Where can I find the civics test questions to study?",
    "Can I leave the country while my N-400 is pending?",
    "My case status says 'Card Was Mailed' two weeks ago but nothing arrived. What now?",
    "Is the {city} field office open on Veterans Day?",
    "Can I bring my lawyer to the interview?",
    "Do I need to send original documents or are copies fine?",
    "Can I carry my naturalization certificate in my carry-on when I fly?",
    "Does an expired green card still work as proof of work authorization with the receipt notice?",
    "What's the processing time for a fiancé visa petition (I-129F)?",
    "I filed the {form} online. Do I also need to mail anything?",
    "Will a name change at the oath ceremony update my Social Security record automatically?",
]
QUESTIONS_ES = [
    "¿Cuánto tiempo tarda ahora el proceso de la I-485?",
    "¿Puedo viajar fuera del país mientras mi caso está pendiente?",
    "¿Cuál es el costo de la solicitud de ciudadanía (N-400)?",
    "Llevo {months} meses esperando mi permiso de trabajo. ¿Qué puedo hacer?",
    "¿Hay información en español sobre el examen de civismo?",
    "¿Dónde puedo cambiar mi dirección si ya tengo un caso abierto?",
    "¿Se puede pedir una exención de tarifa para la ciudadanía?",
    "¿Mi hijo de 16 años se hace ciudadano cuando yo me naturalice?",
    "¿Puedo hacer la entrevista en español si tengo más de 55 años?",
    "¿Qué documentos llevo a la cita de biométricos?",
]
THANKS = [
    "Thank you for doing this! Very helpful.",
    "Thanks, that answered my question.",
    "Great session, please do this every month.",
    "This was so useful, thank you!",
    "Appreciate the quick answer!",
    "Thanks, I found the form on the website.",
    "Super helpful, thank you for answering so fast.",
    "Finally a straight answer. Thank you!",
]
THANKS_ES = ["Gracias por la información, muy útil.", "Muchas gracias por responder en español 🙏",
             "¡Gracias! Ya encontré el formulario."]
COMPLAINTS = [
    "I've called the contact center 5 times and nobody can tell me anything.",
    "Your website has been down all morning.",
    "{months} months for a work permit is ridiculous.",
    "Why do fees go up every year while wait times get longer?",
    "You answered everyone except me.",
    "The online account keeps logging me out.",
    "My case status hasn't changed since May.",
    "Nobody answers the phone. What's the point of this chat?",
    "Canned answers again. Just link the website and call it customer service.",
    "Three interviews rescheduled by you, not me. Unacceptable.",
]
COMPLAINTS_ES = ["Nadie contesta el teléfono, qué mal servicio.",
                 "{months} meses y nada. Esto es una falta de respeto."]
PROFANITY = [
    "This damn website logs me out every five minutes.",
    "What the hell is taking so long with my work permit?",
    "This is crap. {months} months and not one update.",
    "I'm so pissed off. Biometrics cancelled AGAIN the morning of.",
    "Damn it, the payment page crashed after charging me.",
    "Stop with the bullcrap copy-paste answers.",
]
SPAM = [
    ("🔥 Get your green card in 30 days GUARANTEED! No interview! Visit", "greencard-fast.example/vip"),
    ("Visa lottery 2027 winners announced!! Check if your name is on the list:", "dv-winners.example/check"),
    ("Earn $500/day from home, no papers needed, start today", "easy-cash.example/join"),
    ("Immigration lawyer 90% OFF this week only, book now", "cheap-visa-law.example"),
    ("Skip the line at the field office 👉", "fastpass-visa.example"),
    ("Need money for filing fees? Instant loans, no credit check", "quickloan.example/apply"),
]
THREAT = ("If my case isn't approved by Friday I'm coming to the {city} field office and someone there "
          "is going to get hurt. You've been warned.")

# Comments that carry personal data (all invented; see the module docstring).
PII = [
    "My SSN is 078-05-1120, can you check why my work permit card hasn't arrived?",
    "Receipt number IOE0912345678, pending 8 months. Any update?",
    "Case EAC-21-123-45678: the status says 'Case Was Received' since March.",
    "My A-number is A-201-234-567, can you look me up please?",
    "Please call me at (202) 555-0143, I need help with my biometrics appointment.",
    "Email me the status please: maria.lopez84@example.com",
    "Social security 219 09 9999, and the name on my card is wrong.",
    "WAC2290012345 was approved but the card never came. I moved in August.",
    "My alien number is 087654321 and my receipt is LIN2390123456. What is happening?",
    "I paid the N-400 fee with card 4111 1111 1111 1111 and was charged twice.",
    "Passport number 912345678 expires next month. Does that affect my interview?",
    "Text me at 617-555-0188 if you need more documents.",
    "receipt # SRC-22-900-12345, RFE response sent in July, nothing since",
    "my case number is NBC 23 456 78901, please check it",
]
PII_ES = [
    "Mi número de recibo es IOE8912345670, ¿me pueden decir el estado de mi caso?",
    "Mi seguro social es 078-05-1120 y mi tarjeta de residente tiene un error.",
    "Llámenme al (305) 555-0162, por favor, nadie me contesta.",
]
MISC = [
    "Is this account actually run by people?",
    "Following for the answers.",
    "Same question here 👆",
    "Watching this thread.",
    "Retweeting so my cousin sees this.",
]


def question(rng):
    # The same question comes in many voices: a few openers and closers keep the texts apart.
    opener = rng.choice(["", "", "", "Quick question: ", "Hi! ", "Hello, ", "Please help. "])
    closer = rng.choice(["", "", "", " Thanks in advance.", " Thank you!", " 🙏", " Anyone?"])
    return opener + fill(rng, rng.choice(QUESTIONS)) + closer


def fill(rng, text):
    return text.format(form=rng.choice(FORMS), months=rng.randint(4, 19), center=rng.choice(CENTERS),
                       city=rng.choice(CITIES))


# --------------------------------------------------------------------------------------------
# X API v2
class XPost:
    def __init__(self, created, author, text, lang, reply_to=None, quote_of=None, root=None, links=None):
        self.created = created
        self.author = author
        self.text = text
        self.lang = lang
        self.reply_to = reply_to
        self.quote_of = quote_of
        self.root = root
        self.links = links or {}  # t.co url -> expanded url
        self.id = None

    @property
    def conversation_id(self):
        node = self
        while node.reply_to is not None:
            node = node.reply_to
        return node.id


class XWorld:
    def __init__(self, rng, people):
        self.rng = rng
        self.people = people
        self.posts = []
        self.deleted_ids = []

    def tco(self):
        code = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(10))
        return f"https://t.co/{code}"

    def post(self, created, author, text, lang="en", reply_to=None, quote_of=None, link=None):
        links = {}
        if link:
            short = self.tco()
            links[short] = link
            text = f"{text} {short}"
        if reply_to is not None:
            # A reply's text starts with the @handles of the chain it answers, as X writes it.
            prefix = [f"@{reply_to.author['username']}"]
            if reply_to.reply_to is not None and reply_to.reply_to.author is not reply_to.author:
                prefix.append(f"@{reply_to.reply_to.author['username']}")
            prefix = [p for p in prefix if p.lower() != f"@{author['username']}".lower()]
            if prefix:
                text = " ".join(prefix) + " " + text
        p = XPost(created, author, text, lang, reply_to=reply_to, quote_of=quote_of, links=links)
        self.posts.append(p)
        return p

    def assign_ids(self):
        # Snowflake ids: milliseconds since X's epoch in the high bits, so ids sort by time.
        for p in sorted(self.posts, key=lambda p: p.created):
            ms = int(p.created.timestamp() * 1000) + self.rng.randint(0, 999)
            p.created_ms = ms
            p.id = str(((ms - TWITTER_EPOCH_MS) << 22) | (self.rng.randint(0, 1023) << 12)
                       | self.rng.randint(0, 4095))

    def snowflake_at(self, when):
        ms = int(when.timestamp() * 1000)
        return str(((ms - TWITTER_EPOCH_MS) << 22) | (self.rng.randint(0, 1023) << 12))

    def to_json(self, p):
        obj = {
            "edit_history_tweet_ids": [p.id],
            "id": p.id,
            "text": p.text,
            "author_id": p.author["id"],
            "created_at": dt.datetime.fromtimestamp(p.created_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.")
            + f"{p.created_ms % 1000:03d}Z",
            "conversation_id": p.conversation_id,
            "lang": p.lang,
        }
        entities = x_entities(p, self.known_users)
        if entities:
            obj["entities"] = entities
        refs = []
        if p.reply_to is not None:
            refs.append({"type": "replied_to", "id": p.reply_to.id})
            obj["in_reply_to_user_id"] = p.reply_to.author["id"]
        if p.quote_of is not None:
            refs.append({"type": "quoted", "id": p.quote_of.id})
        if refs:
            obj["referenced_tweets"] = refs
        return obj


def x_entities(p, known_users):
    text = p.text
    entities = {}
    mentions = []
    for m in re.finditer(r"(?<![\w@])@(\w{1,15})", text):
        user = known_users.get(m.group(1).lower())
        mention = {"start": m.start(), "end": m.end(), "username": m.group(1)}
        if user:
            mention["id"] = user["id"]
        mentions.append(mention)
    if mentions:
        entities["mentions"] = mentions
    tags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)}
            for m in re.finditer(r"(?<![\w#])#(\w+)", text)]
    if tags:
        entities["hashtags"] = tags
    urls = []
    for short, expanded in p.links.items():
        start = text.index(short)
        urls.append({"start": start, "end": start + len(short), "url": short, "expanded_url": f"https://{expanded}",
                     "display_url": expanded if len(expanded) <= 26 else expanded[:25] + "…"})
    if urls:
        entities["urls"] = urls
    return entities


def build_x(rng, people):
    world = XWorld(rng, people)
    agency = AGENCY_X
    users = []

    def user():
        u = people.x_user()
        users.append(u)
        return u

    # The kickoff post: its conversation is the "replies" watch.
    kickoff = world.post(at(13, 58, 12), agency,
                         f"We're live! Ask your questions with #{HASHTAG} until 10 a.m. ET. For your privacy, "
                         "please don't share receipt numbers, A-numbers or other personal details here.")
    answers = []

    def answer(to, when, text, link=None):
        a = world.post(when, agency, text, reply_to=to, link=link)
        answers.append(a)
        return a

    # -- replies in the kickoff conversation (source "reply"): 32 of them
    thread = []
    t = at(14, 0, 31)
    reply_kinds = (["q"] * 15 + ["thanks"] * 4 + ["complaint"] * 3 + ["pii"] * 4 + ["es"] * 3 + ["misc"] * 2
                   + ["profanity"])
    rng.shuffle(reply_kinds)
    for kind in reply_kinds:
        t += dt.timedelta(seconds=rng.randint(60, 200))
        author = user()
        if kind == "q":
            text, lang = question(rng), "en"
        elif kind == "thanks":
            text, lang = rng.choice(THANKS), "en"
        elif kind == "complaint":
            text, lang = fill(rng, rng.choice(COMPLAINTS)), "en"
        elif kind == "pii":
            text, lang = rng.choice(PII[:8]), "en"
        elif kind == "es":
            text, lang = fill(rng, rng.choice(QUESTIONS_ES)), "es"
        elif kind == "profanity":
            text, lang = fill(rng, rng.choice(PROFANITY)), "en"
        else:
            text, lang = rng.choice(MISC), "en"
        parent = kickoff
        if thread and kind == "misc":
            parent = rng.choice(thread)  # a reply to another person's reply, deeper in our thread
        p = world.post(t, author, text, lang, reply_to=parent)
        thread.append(p)
        if kind in ("q", "es") and rng.random() < 0.45:
            answer(p, t + dt.timedelta(minutes=rng.randint(2, 9)),
                   "Thanks for asking! You'll find the details here:", link="immigration.example/answers")

    # A reply to a post deleted since: X returns it with errors[] for the missing referenced post.
    ghost_author = user()
    ghost = XPost(at(14, 10, 5), ghost_author, "", "en", reply_to=kickoff)
    gone_user = user()
    orphan = world.post(at(14, 16, 44), gone_user, "Exactly what I wanted to ask. Waiting on an answer too.",
                        reply_to=ghost)
    thread.append(orphan)

    # -- hashtag posts (source "search"): about 120
    t = at(13, 45, 0)
    search_kinds = (["q"] * 52 + ["thanks"] * 12 + ["complaint"] * 9 + ["spam"] * 6 + ["profanity"] * 4
                    + ["es"] * 10 + ["pii"] * 8 + ["misc"] * 3 + ["quote"])
    rng.shuffle(search_kinds)
    search_posts = []
    for kind in search_kinds:
        t += dt.timedelta(seconds=rng.randint(15, 50))
        author = user()
        tag = f"#{HASHTAG}"
        mention = rng.random() < 0.35
        link = None
        if kind == "q":
            body, lang = question(rng), "en"
        elif kind == "thanks":
            body, lang = rng.choice(THANKS), "en"
            mention = True
        elif kind == "complaint":
            body, lang = fill(rng, rng.choice(COMPLAINTS)), "en"
        elif kind == "spam":
            body, link = rng.choice(SPAM)
            lang = "en"
            mention = False
        elif kind == "profanity":
            body, lang = fill(rng, rng.choice(PROFANITY)), "en"
        elif kind == "es":
            body, lang = fill(rng, rng.choice(QUESTIONS_ES + THANKS_ES)), "es"
        elif kind == "pii":
            body, lang = rng.choice(PII[6:] + PII_ES[:1]), "en"
            if "recibo" in body:
                lang = "es"
        elif kind == "quote":
            body, lang = "This is the clearest explanation of the fee waiver I've seen.", "en"
        else:
            body, lang = rng.choice(MISC), "en"
        parts = [body, tag] if rng.random() < 0.7 else [tag, body]
        if mention:
            parts.insert(0, f"@{agency['username']}")
        quote_of = None
        if kind == "quote":
            quote_of = kickoff
        p = world.post(t, author, " ".join(parts), lang, quote_of=quote_of, link=link)
        search_posts.append(p)
        if kind == "q" and rng.random() < 0.3:
            answer(p, t + dt.timedelta(minutes=rng.randint(1, 7)),
                   f"Good question. The current answer is on our website. #{HASHTAG}",
                   link="immigration.example/answers")

    # One author posts the same question again and again.
    repeater = user()
    t = at(14, 3, 10)
    for i, text in enumerate([
        f"#{HASHTAG} When will my I-485 be approved??? It's been 14 months",
        f"#{HASHTAG} When will my I-485 be approved??? 14 MONTHS",
        f"@{agency['username']} #{HASHTAG} When will my I-485 be approved??? Please answer",
        f"#{HASHTAG} When will my I-485 be approved??? Still waiting",
        f"#{HASHTAG} When will my I-485 be approved??? Hello?? 14 months!!",
    ]):
        world.post(t + dt.timedelta(minutes=4 * i, seconds=rng.randint(0, 50)), repeater, text, "en")

    # A search hit whose author's account is gone by the time of the read: errors[] beside data.
    vanished = user()
    vanished_post = world.post(at(14, 27, 3), vanished,
                               f"#{HASHTAG} Free consultation on every visa type, DM now", "en",
                               link="visa-help-247.example")

    # -- plain mentions outside the hashtag (source "mention"): about 60 over the day
    t = at(12, 5, 0)
    mention_kinds = (["q"] * 28 + ["complaint"] * 7 + ["thanks"] * 4 + ["profanity"] * 2 + ["spam"] * 2
                     + ["es"] * 7 + ["pii"] * 6 + ["threat"] + ["emoji"])
    rng.shuffle(mention_kinds)
    for kind in mention_kinds:
        t += dt.timedelta(seconds=rng.randint(100, 280))
        author = user()
        lang = "en"
        link = None
        if kind == "q":
            body = question(rng)
        elif kind == "complaint":
            body = fill(rng, rng.choice(COMPLAINTS))
        elif kind == "thanks":
            body = rng.choice(THANKS)
        elif kind == "profanity":
            body = fill(rng, rng.choice(PROFANITY))
        elif kind == "spam":
            body, link = rng.choice(SPAM)
        elif kind == "es":
            body, lang = fill(rng, rng.choice(QUESTIONS_ES + COMPLAINTS_ES)), "es"
        elif kind == "pii":
            body = rng.choice(PII[8:] + PII_ES[1:])
            if any(w in body for w in ("Mi ", "Llámenme")):
                lang = "es"
        elif kind == "threat":
            body = fill(rng, THREAT)
        else:
            body, lang = "🙏🙏🙏", "und"
        text = f"@{agency['username']} {body}" if rng.random() < 0.75 else f"{body} @{agency['username']}"
        world.post(t, author, text, lang, link=link)

    # People answering our answers: replies to us, in our conversations.
    for a in rng.sample(answers, min(10, len(answers))):
        when = a.created + dt.timedelta(minutes=rng.randint(1, 12))
        follow = rng.choice(["Thank you!", "Thanks, but that page doesn't cover my situation.",
                             "That link is broken for me.", "Got it, appreciate it.",
                             "What if the receipt notice was lost?", "Gracias!"])
        world.post(when, a.reply_to.author, follow, "es" if follow == "Gracias!" else "en", reply_to=a)

    world.assign_ids()
    ghost.id = world.snowflake_at(ghost.created)
    world.known_users = {u["username"].lower(): u for u in users + [agency]}

    by_id = {}
    for p in world.posts:
        by_id[p.id] = p

    def mentions_us(p):
        return f"@{agency['username'].lower()}" in p.text.lower() and p.author is not agency

    mention_set = [p for p in world.posts if mentions_us(p)]
    search_set = [p for p in world.posts if f"#{HASHTAG.lower()}" in p.text.lower()]
    reply_set = [p for p in world.posts if p.conversation_id == kickoff.id]

    users_by_id = {u["id"]: u for u in users + [agency]}
    pages = []

    def x_pages(posts, source, endpoint, path, query, per_page, stem, fetched, extra_errors=None,
                missing_users=()):
        posts = sorted(posts, key=lambda p: int(p.id), reverse=True)
        chunks = [posts[i:i + per_page] for i in range(0, len(posts), per_page)]
        tokens = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(45))
                  for _ in chunks]
        for n, chunk in enumerate(chunks):
            data = [world.to_json(p) for p in chunk]
            authors = []
            for p in chunk:
                u = users_by_id[p.author["id"]]
                if u not in authors and u["id"] not in missing_users:
                    authors.append(u)
            body = {"data": data, "includes": {"users": [dict(id=u["id"], name=u["name"], username=u["username"])
                                                        for u in authors]}}
            ref_posts = []
            errors = []
            for p in chunk:
                for ref in [p.reply_to, p.quote_of]:
                    if ref is None:
                        continue
                    if ref is ghost:
                        errors.append({
                            "value": ghost.id,
                            "detail": f"Could not find tweet with referenced_tweets.id: [{ghost.id}].",
                            "title": "Not Found Error", "resource_type": "tweet",
                            "parameter": "referenced_tweets.id", "resource_id": ghost.id,
                            "type": "https://api.twitter.com/2/problems/resource-not-found"})
                    elif ref.id not in [r["id"] for r in ref_posts]:
                        ref_posts.append({"id": ref.id, "text": ref.text, "author_id": ref.author["id"],
                                          "edit_history_tweet_ids": [ref.id]})
            for p in chunk:
                if p.author["id"] in missing_users:
                    errors.append({
                        "value": p.author["id"],
                        "detail": f"Could not find user with author_id: [{p.author['id']}].",
                        "title": "Not Found Error", "resource_type": "user", "parameter": "author_id",
                        "resource_id": p.author["id"],
                        "type": "https://api.twitter.com/2/problems/resource-not-found"})
            if ref_posts:
                body["includes"]["tweets"] = ref_posts
            if errors:
                body["errors"] = errors
            meta = {"newest_id": chunk[0].id, "oldest_id": chunk[-1].id, "result_count": len(chunk)}
            if n + 1 < len(chunks):
                meta["next_token"] = tokens[n + 1]
            if n > 0:
                meta["previous_token"] = tokens[n - 1]
            body["meta"] = meta
            request = f"{X_API}{path}?{query}&max_results={per_page}&{X_FIELDS}"
            if n > 0:
                request += f"&pagination_token={tokens[n]}"
            name = f"{stem}-page{n + 1}.json"
            pages.append(({"file": name, "platform": "twitter", "endpoint": endpoint, "request": request,
                           "source": source, "account": X_ACCOUNT, "fetched_at": fetched}, body))

    # The replies watch is read first: a reply in our thread also mentions us, and the store keeps
    # the source of the first read.
    x_pages(reply_set, "reply", "GET /2/tweets/search/recent", "/2/tweets/search/recent",
            f"query=conversation_id%3A{kickoff.id}", 100, "x-replies-kickoff", "2026-11-02T16:00:15Z")
    x_pages(mention_set, "mention", "GET /2/users/:id/mentions", f"/2/users/{agency['id']}/mentions",
            "start_time=2026-11-02T12:00:00Z", 50, "x-mentions", "2026-11-02T16:00:04Z")
    x_pages(search_set, "search", "GET /2/tweets/search/recent", "/2/tweets/search/recent",
            f"query=%23{HASHTAG}%20-is%3Aretweet&start_time=2026-11-02T13:30:00Z", 50, "x-search-askimmigration",
            "2026-11-02T16:00:09Z", missing_users=(vanished["id"],))
    del vanished_post
    return pages


# --------------------------------------------------------------------------------------------
# Graph API
class FbComment:
    def __init__(self, created, author, message, parent=None):
        self.created = created
        self.author = author
        self.message = message
        self.parent = parent
        self.replies = []
        self.id = None
        self.hidden = False
        if parent is not None:
            parent.replies.append(self)


def fb_time(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S+0000")


def build_facebook(rng, people):
    page = FB_PAGE
    pages = []

    def comment_json(post_object, c):
        own = c.author is page
        obj = {"id": c.id, "message": c.message, "created_time": fb_time(c.created),
               "from": {"name": c.author["name"], "id": c.author["id"]}}
        if c.parent is not None:
            obj["parent"] = {"created_time": fb_time(c.parent.created),
                             "from": {"name": c.parent.author["name"], "id": c.parent.author["id"]},
                             "message": c.parent.message, "id": c.parent.id}
        obj["is_hidden"] = c.hidden
        obj["can_hide"] = not own
        obj["comment_count"] = len(c.replies)
        local = c.id.split("_", 1)[1]
        link = f"https://www.facebook.com/{page['id']}/posts/{post_object}"
        if c.parent is None:
            obj["permalink_url"] = f"{link}?comment_id={local}"
        else:
            obj["permalink_url"] = f"{link}?comment_id={c.parent.id.split('_', 1)[1]}&reply_comment_id={local}"
        return obj

    def post_comments(post_object, start, kinds, replies_by_page, spread):
        comments = []
        t = start
        for kind in kinds:
            t += dt.timedelta(seconds=rng.randint(*spread))
            author = people.fb_user()
            if kind == "q":
                text = question(rng)
            elif kind == "es":
                text = fill(rng, rng.choice(QUESTIONS_ES + THANKS_ES + COMPLAINTS_ES))
            elif kind == "thanks":
                text = rng.choice(THANKS)
            elif kind == "complaint":
                text = fill(rng, rng.choice(COMPLAINTS))
            elif kind == "profanity":
                text = fill(rng, rng.choice(PROFANITY))
            elif kind == "spam":
                body, link = rng.choice(SPAM)
                text = f"{body} https://{link}"
            elif kind == "pii":
                text = rng.choice(PII + PII_ES)
            else:
                text = rng.choice(MISC[:4])
            c = FbComment(t, author, text)
            if kind == "spam" and rng.random() < 0.5:
                c.hidden = True  # someone on the page already hid it by hand
            comments.append(c)
            if kind == "q" and len([r for r in comments if r.author is page]) < replies_by_page \
                    and rng.random() < 0.35:
                rep = FbComment(t + dt.timedelta(minutes=rng.randint(5, 40)), page,
                                f"Hi {author['name'].split()[0]}, thanks for your question. You can find the "
                                "answer at https://immigration.example/answers. Please don't post personal "
                                "details here.", parent=c)
                comments.append(rep)
                if rng.random() < 0.6:
                    comments.append(FbComment(rep.created + dt.timedelta(minutes=rng.randint(3, 30)), author,
                                              rng.choice(["Thank you!", "That helps, thanks.",
                                                          "The link doesn't say anything about my case.",
                                                          "Gracias!"]), parent=rep))
        return comments

    def assign(post_object, comments):
        base = rng.randint(1_050_000_000_000_000, 1_090_000_000_000_000)
        for c in sorted(comments, key=lambda c: c.created):
            base += rng.randint(3_000, 900_000)
            c.id = f"{post_object}_{base}"

    def graph_pages(post_object, comments, per_page, stem, fetched, order="chronological", limit_to=None,
                    override=None):
        post_id = f"{page['id']}_{post_object}"
        ordered = sorted(comments, key=lambda c: c.created, reverse=(order == "reverse_chronological"))
        # A refresh reads only the newest page: the reader stops at comments it already has, so
        # that page still carries a "next".
        more = limit_to is not None and len(ordered) > limit_to
        if limit_to is not None:
            ordered = ordered[:limit_to]
        chunks = [ordered[i:i + per_page] for i in range(0, len(ordered), per_page)]
        base = f"{GRAPH_API}/{post_id}/comments?fields={FB_FIELDS}&filter=stream&order={order}&limit={per_page}"
        for n, chunk in enumerate(chunks):
            data = []
            for c in chunk:
                obj = comment_json(post_object, c)
                if override and c.id in override:
                    obj["message"] = override[c.id]
                data.append(obj)
            before = base64.b64encode(chunk[0].id.split("_")[1].encode()).decode().rstrip("=")
            after = base64.b64encode(chunk[-1].id.split("_")[1].encode()).decode().rstrip("=")
            paging = {"cursors": {"before": before, "after": after}}
            if n > 0:
                paging["previous"] = f"{base}&before={before}"
            if n + 1 < len(chunks) or more:
                paging["next"] = f"{base}&after={after}"
            request = base if n == 0 else f"{base}&after={prev_after}"
            prev_after = after
            pages.append(({"file": f"{stem}.json" if limit_to is not None else f"{stem}-page{n + 1}.json",
                           "platform": "facebook", "endpoint": "GET /{post-id}/comments", "request": request,
                           "source": "page_comment", "account": FB_ACCOUNT, "post_id": post_id,
                           "fetched_at": fetched},
                          {"data": data, "paging": paging}))

    # Post B, the day before: the new fee schedule.
    fees_object = "122158430112233445"
    fee_kinds = (["q"] * 17 + ["complaint"] * 6 + ["profanity"] * 2 + ["es"] * 5 + ["pii"] * 3 + ["spam"] * 2
                 + ["thanks"] * 2)
    rng.shuffle(fee_kinds)
    fees = post_comments(fees_object, at(16, 20, 0, day=1), fee_kinds, 4, (600, 2400))
    # One person says the same thing again and again under the fee post.
    repeater = people.fb_user()
    for i in range(4):
        fees.append(FbComment(at(19, 2 + 6 * i, 11 * i, day=1), repeater,
                              "Raising fees again while nobody answers the phone. Shame on you."))
    assign(fees_object, fees)
    graph_pages(fees_object, fees, 25, "fb-post-fees", "2026-11-02T12:00:03Z")

    # Post A, the morning of: office hours announcement.
    hours_object = "122158977000111222"
    hours_kinds = (["q"] * 24 + ["es"] * 7 + ["thanks"] * 5 + ["complaint"] * 4 + ["pii"] * 4 + ["spam"] * 2
                   + ["profanity"] + ["misc"] * 2)
    rng.shuffle(hours_kinds)
    hours = post_comments(hours_object, at(12, 35, 0), hours_kinds, 6, (60, 260))
    first_read = at(15, 30, 0)
    seen = [c for c in hours if c.created < first_read]
    # The comment that is edited later: the first read sees the first text, the refresh the second.
    edited = FbComment(at(15, 11, 40), people.fb_user(),
                       "Can someone look at my case? It has been pending for a year with no update.")
    hours.append(edited)
    seen.append(edited)
    later_text = ("Can someone look at my case? It has been pending for a year with no update. My receipt "
                  "number is MSC2391234567 if that helps.")
    # More comments after the first read.
    t = at(15, 34, 0)
    for text in ["Missed the office hours, will there be another one?",
                 question(rng),
                 "¿Van a repetir la sesión de preguntas en español?",
                 fill(rng, rng.choice(COMPLAINTS)),
                 "Thank you for answering so many questions today."]:
        t += dt.timedelta(minutes=rng.randint(2, 9), seconds=rng.randint(0, 59))
        hours.append(FbComment(t, people.fb_user(), text))
    assign(hours_object, hours)
    graph_pages(hours_object, seen, 25, "fb-post-officehours", "2026-11-02T15:30:02Z")
    graph_pages(hours_object, hours, 15, "fb-post-officehours-refresh", "2026-11-02T16:15:07Z",
                order="reverse_chronological", limit_to=15, override={edited.id: later_text})
    return pages


# --------------------------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    people = People(rng)
    pages = build_x(rng, people) + build_facebook(rng, people)
    manifest = {
        "format": "moderation-desk-demo/1",
        "generator": "tools/make-demo-data.py",
        "description": ("Synthetic demo data: a #AskImmigration office-hours hour on X (2 November 2026, "
                        "9-10 a.m. ET) and comments on two posts of the agency's Facebook page. Every person, "
                        "id, number and link is invented. Pages are listed in the order they are ingested."),
        "accounts": [
            {"name": X_ACCOUNT, "platform": "twitter", "external_id": AGENCY_X["id"],
             "handle": AGENCY_X["username"], "display_name": AGENCY_X["name"], "base_url": X_API,
             "watches": ["mentions", "replies", f"search:#{HASHTAG}"]},
            {"name": FB_ACCOUNT, "platform": "facebook", "external_id": FB_PAGE["id"], "handle": "",
             "display_name": FB_PAGE["name"], "base_url": GRAPH_API, "watches": ["page-comments"]},
        ],
        "pages": [meta for meta, _ in pages],
    }
    files = {"manifest.json": dump(manifest, ascii_only=False)}
    for meta, body in pages:
        # Graph escapes non-ASCII as \uXXXX; X sends UTF-8.
        files[meta["file"]] = dump(body, ascii_only=(meta["platform"] == "facebook"))
    return files, pages


def dump(obj, ascii_only):
    return json.dumps(obj, ensure_ascii=ascii_only, indent=1) + "\n"


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=pathlib.Path, default=root / "resources" / "demo")
    parser.add_argument("--check", action="store_true", help="fail if the files in --out differ")
    args = parser.parse_args()

    files, pages = build()
    if args.check:
        stale = [name for name, text in files.items()
                 if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text]
        extra = sorted(p.name for p in args.out.glob("*.json") if p.name not in files)
        if stale or extra:
            print(f"make-demo-data: out of date: {', '.join(stale + extra)}", file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.json"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")

    ids = {}
    for meta, body in pages:
        for item in body["data"]:
            ids[(meta["platform"], item["id"])] = item
    own = {AGENCY_X["id"], FB_PAGE["id"]}
    others = [k for k, item in ids.items()
              if item.get("author_id", item.get("from", {}).get("id")) not in own]
    print(f"make-demo-data: {len(pages)} pages, {len(ids)} distinct posts and comments, {len(others)} not "
          f"by the agency, into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
