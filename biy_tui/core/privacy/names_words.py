"""The small word sets the name rules use: titles, verbs, person words, stop words.

Kept apart from :mod:`biy_tui.core.privacy.names` so that the rules read as rules.
Every set is lower-case and written for biy.
"""

from __future__ import annotations

from typing import Final

from biy_tui.core.privacy.spans import wordset

TITLES: Final = wordset(
    "ms mrs mr miss mx dr mme mlle madame monsieur sr sister auntie aunty aunt uncle officer "
    "constable cst sgt sergeant detective det judge justice nurse pastor father reverend rev "
    "elder kokum kokom chief coach"
)
SPEECH_VERBS: Final = wordset(
    """
    said says told tells shared shares asked asks talked talks mentioned mentions spoke speaks
    cried cries laughed laughs texted texts called calls emailed messaged disclosed discloses
    explained explains wrote writes came comes arrived arrives left leaves joined joins
    brought brings wanted wants felt feels seemed seems smiled smiles hugged hugs agreed agrees
    offered offers volunteered volunteers stayed stays needs needed thinks thought
    admitted admits opened opens read reads led leads sang sings danced dances drew draws
    knows knew got gets lost loses moved moves went goes walked walks sat sits showed shows
    started starts finished finishes missed misses hopes hoped tried tries
    reported reports cooked cooks helped helps noticed notices answered answers
    replied replies whispered yelled shouted made makes painted paints signed signs picked
    dropped drops works worked lives lived stays stayed showed turned turns sounded looked
    looks kept keeps gave gives took takes ran runs slept sleeps hit hits
    threatened threatens beat beats owes owed sent sends posted posts cut skipped quit
    relapsed used uses refused refuses denied denies isn't wasn't hasn't didn't doesn't
    found finds put puts pushed forced recruited groomed trafficked pimped stole steals
    joked jokes drove drives stayed apologized apologised begged borrowed bought cancelled
    celebrated checked chose cleaned complained confessed cooked danced decided described
    drank dressed ate explained failed fell fought forgot graduated grabbed hid kissed
    knitted learned lied listened married met mentioned offered ordered packed paid passed
    phoned planned played prayed prepared promised quit received remembered rented replied
    returned rode sang screamed searched sewed shouted signed slept smoked sobbed stood
    stopped struggled studied swore thanked threw typed visited voted waited washed watched
    waved wept won worried brought baked hosted organized organised sketched coloured
    colored journaled prays cooks bakes sews knits studies cries laughs sings draws paints"""
)
PERSON_VERBS: Final = wordset(
    """
    said says told tells asked asks texted texts mentioned mentions cried cries disclosed
    discloses admitted admits explained explains replied replies whispered smiled smiles
    hugged hugs spoke speaks agreed agrees volunteered volunteers sang sings thinks thought
    knows knew wants wanted laughed laughs yelled shouted texted messaged emailed phoned
    apologized apologised promised promises threatened threatens relapsed insisted insists
    confided confides cried admitted"""
)
"""Verbs that only a person does: they make "Grace said" a name but not "Hope came up"."""
NEVER: Final = wordset(
    """
    people women men folks ladies everyone everybody someone somebody anyone anybody nobody
    others staff group family parents kids children i we you they she he it this that who
    what which there here one none all both each either neither most some many few several
    mom mum dad mother father sister brother daughter son kid child partner husband wife
    boyfriend girlfriend ex friend friends worker caseworker counsellor counselor lawyer judge
    police cops cop officer nurse doctor landlord boss pimp sponsor facilitator facilitators
    coordinator volunteer volunteers participant participants member members woman man girl
    person persons
    girls guys lady auntie aunty grandma grandpa granny kokum elder elders team everything
    nothing something anything today tonight yesterday tomorrow then now also still just only
    really again later first last next mine yours hers his theirs ours me her him us them my
    your our their its whoever nobody's she'd he'd they'd i'd she's he's they're we're
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty hundred dozen couple
    half"""
)
WEAK_VERBS: Final = wordset(
    "is was has had will would can could did does isn't wasn't hasn't didn't doesn't might "
    "may should must won't can't couldn't"
)
PERSON_NOUNS: Final = wordset(
    """
    kids kid children child son sons daughter daughters baby babies twins mom mum mother
    dad father sister sisters brother brothers partner boyfriend girlfriend husband wife ex
    family friend friends worker caseworker counsellor counselor lawyer apartment place house
    home room case file phone number birthday car landlord grandma grandmother grandkids
    grandchildren niece nephew aunt uncle cousin cousins pimp trafficker abuser parents dog
    cat job boss school address sponsor story situation court sentence truck van trailer
    man guy boy girl wedding funeral probation parole lawyer mother-in-law"""
)
KIN_BEFORE: Final = wordset(
    """
    daughter son sister brother mom mum mother dad father aunt auntie aunty uncle cousin niece
    nephew friend bestie bff partner boyfriend girlfriend bf gf husband wife ex ex-boyfriend
    ex-husband ex-partner fiance fiancé fiancee worker caseworker counsellor counselor lawyer
    pimp trafficker abuser dealer landlord roommate neighbour neighbor grandma grandmother
    granny grandpa grandfather grandson granddaughter kokum stepdad stepmom stepson
    stepdaughter baby babe sponsor manager boss officer probation parole advocate nurse doctor
    social guy man boy girl kid kids twins sons daughters sisters brothers friends cousins
    fille fils sœur soeur frère frere mère mere père pere maman papa tante oncle cousine
    nièce niece neveu amie ami chum blonde copain copine conjoint conjointe mari époux
    épouse epoux epouse amoureux amoureuse fiancé fiancée travailleuse travailleur
    intervenante intervenant avocate avocat proxénète proxenete trafiquant client voisine
    voisin coloc colocataire propriétaire proprietaire agente agent infirmière infirmiere
    médecin medecin docteure thérapeute therapeute psychologue marraine parrain
    grand-mère grand-mere grand-père grand-pere mamie grand-maman belle-mère belle-sœur
    beau-père beau-frère demi-sœur demi-frère filles sœurs soeurs frères amies cousines
    bébé bebe garçon garcon gars enfant patron patronne collègue collegue"""
)
"""Person words that a name often follows: "her worker Sam", "her ex Tyler", "sa fille
Océane", "son chum Pierre"."""
NAMING: Final = wordset("aka a.k.a named nicknamed called calls alias handle")
"""Words that introduce a name whatever it looks like: "goes by Peaches", "named Ginger"."""
PERSON_PREV: Final = wordset(
    "with told asked called texted met hugged thanked named visited messaged emailed phoned "
    "and beside behind daughter son sister brother mom mother aunt cousin niece nephew "
    "friend partner boyfriend girlfriend husband ex worker counsellor counselor"
)
PERSON_PREV_UNKNOWN: Final = wordset(
    """
    remind reminded ask tell call text gave give thank see saw hug invite invited welcome
    welcomed support supported help helped drove drive pick picked meet visit encourage
    encouraged introduce introduced let miss missed for"""
)
"""Before a capitalised word in no dictionary, these also point to a person."""
PERSON_PREV2: Final = wordset(
    "talked spoke said listened wrote reached went sat walked reached chatted goodbye bye hello hi "
    "birthday card letter message sorry ride gift"
)
DETERMINERS: Final = wordset(
    """
    the a an this that these those our my your her his their its some any of every no
    such what which whose sa son ses ma mon mes ta ton tes leur leurs notre nos votre vos"""
)
PLACE_NOUNS: Final = wordset(
    """
    day eve street st avenue ave road rd boulevard blvd drive lane court crescent park hall
    centre center house hospital school college university church mall square station library
    island lake river bay falls hill hills mountain valley beach place way village city county
    township region shelter clinic market plaza tower towers manor lodge inn hotel motel trail
    heights ridge gardens estates mission haven"""
)
CALENDAR: Final = wordset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter thanksgiving
    halloween today tonight yesterday tomorrow morning evening week weekend mondays tuesdays
    wednesdays thursdays fridays saturdays sundays weekends mornings evenings nights
    lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis
    vendredis samedis dimanches janvier février fevrier mars juin juillet août
    aout septembre octobre novembre décembre decembre noël noel pâques paques"""
)
"""Days, months and holidays, in English and French (a French label "Mardi"); not "Mai" or
"Avril", which are also given names."""
TITLE_HEADS: Final = wordset(
    """
    day days eve month week year weekend festival fair powwow walk run vigil campaign
    line hotline helpline chat act law principle program programme programs services service
    society association foundation network council commission inquiry report strategy
    initiative awards conference summit coalition alliance federation"""
)
"""A capitalised run ending in one of these is a title, not a person: "Orange Shirt Day",
"National Indigenous Peoples Day", "Family Violence Info Line", "Clare's Law"."""
LOCATIVE: Final = wordset(
    "in into from to near at around outside across through throughout toward towards"
)
"""Before a city or province ("in Alberta", "from Cochrane"): a place, not a person."""
NOUNISH_VERBS: Final = wordset(
    """
    volunteers texts hugs smiles cries laughs sings promises shouts yells
    replies calls posts walks talks visits leads shows cooks draws paints"""
)
"""Verb forms that are also plural nouns ("invite volunteers", "Dawn walks came up")."""
FINITE_AFTER_NOUN: Final = wordset(
    """
    came come comes went go goes was were is are has have had helped help helps made make
    makes kept keep keeps got get gets seemed seem seems felt feel feels sounded sound
    looked look looks started start starts can could will would should might must did do
    does worked work works"""
)
"""A verb after a "verb": the first was a noun ("Dawn walks came up", "the texts were")."""
PERSON_OBJECT_VERBS: Final = wordset(
    """
    send sent ask asked tell told remind reminded call called text texted give gave thank
    thanked hug hugged invite invited pick picked drive drove meet met email emailed message
    messaged visit visited support supported let pair paired"""
)
"""Verbs whose object is a person far more often than a thing (not "make", "have", "pay")."""
NICK_PREFIXES: Final = wordset("little lil big young baby lady miss auntie uncle tall skinny")
"""Words that open a street or working name: "Little Dre", "Big Mike"."""
PARTICLES: Final = wordset(
    "van von der den de del della di da dos das du la le bin ibn al el abu bint ben"
)
"""Small words inside a name, between capitalised parts: "Ana de la Cruz"."""
SHORTHAND: Final = wordset(
    """
    ok okay lol omg btw idk tbh imo irl fyi asap rsvp etc vs mins hrs min hr ppl thx tho ya
    yeah nah yep yup nope hmm ugh wow haha lmao dm dms pm am ps re cc bcc fwd im ive dont
    cant wont didnt isnt wasnt doesnt shes hes theyre youre thats whats convo appt appts mtg
    mtgs info govt dept bc cuz coz w/ w/o b/c wk wks yr yrs mo mos approx ish esp pls plz
    def prob probs tmr tmrw tho thru gonna wanna gotta kinda sorta lotsa dunno y'all yall
    selfcare self-care checkin check-in checkins wellness hangout detox rehab meds methadone
    suboxone narcan naloxone fentanyl fent percs xanax molly meth crack opioids sobriety
    facilitator co-facilitator cofacilitator debrief debriefed regroup redo nonjudgmental
    occ incl til phn ahcip sweetgrass moshum kokum tipi teepee smudged
    varenyky perogies perogy pierogi pierogies samosa samosas injera roti pho tamales empanadas
    jollof pupusas lumpia adobo pancit biryani dal naan chapati baklava shawarma falafel
    sambusa sambusas canjeero anjero suqaar shaah jebena berbere tsebhi zigni banh pyrohy
    holubtsi borscht kutia paska langar halal chai masala pakora pakoras paratha parathas
    jalebi ladoo laddoo lechon pandesal bibingka sinigang kimchi bulgogi dumplings tamale
    arepa arepas empanada frybread pemmican mandazi cardamom turmeric
    hydro toque loonie toonie timbits washroom daycare dayhome eh
    triggery triggering okayish smudge smudging bannock powwow sweatlodge
    yay yikes oops phew whew aww awww eek meh argh oof woohoo hooray yup nope
    hotline hotlines helpline helplines textline warmline
    co-fac cofac co-facilitators todo todos waitlist waitlisted waitlists improv
    """
)
"""Chat shorthand and program words not in the dictionary: never flagged as unknown."""
FUNCTION: Final = wordset(
    """
    and or but so then also just still only not never always to of in on at by for from with
    about as if when that which who what because while until after before into over under up
    down out off than too very really maybe again here there now is was are were be been am
    has have had do does did will would can could should might must shall not no yes how why
    where whether since though although unless till per via like unlike else who whom
    whoever everyone someone anyone nobody"""
)
"""Function words: never a name on their own."""
ADVERBS: Final = wordset(
    "still first just also never always finally really then only already even again often "
    "usually sometimes suddenly quickly quietly later soon"
)
"""Words that may sit between a name and its verb: "Sparkle still works", "Ice first put"."""
ABSTRACT_VERBS: Final = wordset(
    """
    came comes went goes felt feels seemed seems leaves left got gets made makes started starts
    helped helps turned turns kept keeps looked looks sounded ran runs took takes
    showed shows led leads lost loses stays stayed moved moves needs needed hit hits cut read
    reads finished finishes"""
)
"""Verbs that things and ideas do too ("Hope came up", "Snow kept people home")."""
OBJECT_VERBS: Final = wordset(
    """
    send sent put pair paired ask asked tell told remind reminded call called text texted give
    gave thank thanked hug hugged invite invited pick drive drove meet met email emailed
    message messaged check see saw visit visited support supported help helped let bring
    brought having have has let make made owes owe owed paid pay pays"""
)
"""Verbs whose object is a person: "send honey the link", "do not put Sparkle on the spot"."""

FEELINGS: Final = wordset(
    """
    guilt shame fear fears anger rage grief sadness sorrow anxiety depression loneliness
    addiction addictions trauma doubt doubts worry worries panic jealousy regret regrets
    despair craving cravings pain stress resentment denial insecurity self-doubt self-hatred
    self-blame dread loss temptation mistrust bitterness"""
)
"""Feelings and states a facilitator writes as if they spoke ("Guilt says…", "Shame tells her…")."""

JURISDICTIONS: Final = wordset(
    """
    canada canadian federal provincial alberta ontario quebec québec manitoba saskatchewan
    british columbia nova scotia new brunswick newfoundland labrador prince edward island
    yukon nunavut northwest territories"""
)
"""Words that open or close an agency's name: "Service Canada", "Alberta Works"."""

AGENCY_WORDS: Final = wordset(
    """
    service services works health justice housing legal aid revenue immigration employment
    income support supports transit police corrections parole probation court courts family
    families children child social development education labour benefits pension post hydro
    energy care seniors community mental addictions victim victims crown human rights
    commission tribunal public safety disability assured student financial compensation
    workers board registries registry vital statistics tenancies residential affairs
    citizenship refugees indigenous first nations and of for the"""
)
"""What an agency does, beside a jurisdiction ("Legal Aid Ontario", "Canada Revenue")."""

FR_FINITE: Final = wordset(
    """
    a ai as avons avez ont avait avais avaient aura aurait est es suis sont était étaient
    sera serait va vais vont allait allaient ira irait vient viennent venait venaient
    veut veulent voulait voulaient voudrait peut peuvent pouvait pourrait doit doivent
    devait devrait sait savait dit disait fait faisait semble semblait reste restait
    parle parlait arrive arrivait pense pensait trouve trouvait aime aimait a-t-elle
    ne n se s me m te t y en lui leur nous vous l la le les"""
)
"""French verbs and clitics that follow a subject: "Anaïs a apporté", "Margaud nous a dit"."""

FR_PERSON_VERBS: Final = wordset(
    """
    a avait est était veut voulait dit disait pense pensait trouve trouvait nous lui se
    m n me sent sentait vit vivait parle parlait raconte racontait pleure pleurait
    aimerait voudrait souhaite espère espérait"""
)
"""After a given name that is also a word, opening a sentence, a French verb or pronoun
that a person does: "Marie veut que", "Rose a dit", "Claire nous a parlé"."""
