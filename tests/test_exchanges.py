"""Questions and responses: example tables (wording -> label, speaker) and the seeds.

A new wording in real minutes becomes a new row here and, if needed, a new cue row in
``models/cues/exchanges.jsonl`` or a word in ``models/cues/exchange_lexicon.jsonl``.
"""

from __future__ import annotations

import json
import sys

import pytest
from pydantic import ValidationError
from spacy.matcher import Matcher

from minutesmine.segment.exchanges import (
    CueRow,
    SpeakerKind,
    explain,
    find_exchanges,
    find_exchanges_in,
    load_cues,
)
from tests.paths import GOLD, SEED_STEMS, SEEDS, SHARED

# unit kinds (see minutesmine.segment.exchanges.UnitInfo) -> the label used in the tables
LABEL = {
    "q": "question",
    "contq": "question",
    "qhead": "question",
    "dq": "question",
    "r": "response",
    "rhead": "response",
    "qr": "question+response",
    "req": "request",
    "cont": "neither",
    "stmt": "neither",
    "said": "neither",
    "neutral": "neither",
}

# sentence -> (label, speaker): the question's asker, or the response's responder
SENTENCES = [
    # member questions
    ("A Member questioned what short term measures were being put in place?", "question", "member"),
    ("Members enquired about the quantity of foster carers in the borough.", "question", "member"),
    ("A Member queried what had been done to improve child protection indicators.", "question", "member"),
    ("A member asked why a number of key milestones were marked green.", "question", "member"),
    ("Members inquired whether the scheme would continue.", "question", "member"),
    ("A number of members asked about the timetable.", "question", "member"),
    ("One Member also asked whether the survey was anonymous.", "question", "member"),
    ("Members of the Committee sought clarification on the figures.", "question", "member"),
    ("Sub-Committee Members questioned the target.", "question", "member"),
    ("Members queried the budget for school meals.", "question", "member"),
    ("The Committee asked whether the target was realistic.", "question", "member"),
    ("The Panel wanted to know how many cases were open.", "question", "member"),
    ("The Chair asked for an explanation about the partnership.", "question", "chair"),
    ("The Chairman enquired about the timescale.", "question", "chair"),
    ("The Vice-Chair enquired about the length of the contract.", "question", "vice-chair"),
    ("Caroline Smith questioned whether the data was robust.", "question", "caroline smith"),
    ("Mr Read asked why the report was late.", "question", "mr read"),
    ("Councillor Smith asked about the cost of the scheme.", "question", "councillor smith"),
    ("Cllr. Ahmed asked if the budget had been agreed.", "question", "cllr. ahmed"),
    ("Councillor Patel sought clarification on the funding of the posts.", "question", "councillor patel"),
    ("Councillor O'Brien raised a question about parking.", "question", "councillor o'brien"),
    ("Commissioner Lopez asked staff about the parking requirements.", "question", "commissioner lopez"),
    ("The Mayor raised various questions in relation to the audit report.", "question", "mayor"),
    ("A resident asked if there was an article 4 direction for HMOs.", "question", "resident"),
    ("A member referred to the RAG rating and asked whether it would change.", "question", "member"),
    ("Members referred to the bin waiver and queried if it could be expanded.", "question", "member"),
    # the public's part of a meeting named first (US "privilege of the floor", "public comment")
    (
        "Under privilege of the floor, Janet Pruitt asked when the rail would be fixed.",
        "question",
        "janet pruitt",
    ),
    ("During public comment, a resident asked if the pool would reopen.", "question", "resident"),
    # a capitalised heading run in before the speaker with an en dash (Pennsylvania boroughs)
    (
        "CITIZENS' COMMENTS \u2013 Gail Mercer of Oak Lane asked when the alley would be paved.",
        "question",
        "gail mercer",
    ),
    # passive questions: the asker is unstated, scored as "member"
    ("It was asked if the correct formula was being used for the data set.", "question", "member"),
    ("It was further asked why Croydon measured its CP cases in 20 days.", "question", "member"),
    ("A question was raised on the data presented in the social work team.", "question", "member"),
    ("Questions were asked about the waiting list.", "question", "member"),
    ("Clarification was sought on the eligibility criteria.", "question", "member"),
    ("The timeliness of assessments was also questioned.", "question", "member"),
    ("There was a question about the use of agency staff.", "question", "member"),
    # headers of written questions
    ("Question submitted by Councillor U. Gavan", "question", "councillor u. gavan"),
    ("Question by Councillor A. Brown to the Cabinet Member for Housing", "question", "councillor a. brown"),
    ("Question No. 1: Councillor A. Fahy asked:", "question", "councillor a. fahy"),
    (
        "Question from Ms H. Varga to the Cabinet Member for Housing, Councillor D. Okafor",
        "question",
        "ms h. varga",
    ),
    ("Supplementary question", "question", "member"),
    # responses
    ("Officers advised that this remained a key challenge.", "response", "officers"),
    ("Officers confirmed that fostering recruitment had been outsourced.", "response", "officers"),
    ("Officers said that the formula used was correct.", "response", "officers"),
    # a role title shortened with its stop before the surname (US minutes)
    (
        "Highway Sup't. Wozniak responded that the rail had been ordered.",
        "response",
        "highway sup't. wozniak",
    ),
    ("The officer responded that it would cost £2m.", "response", "officers"),
    ("Staff responded that the project met the code.", "response", "officers"),
    ("The Committee was informed that the partnership was well organised.", "response", "officers"),
    ("Members were advised that the post had been filled.", "response", "officers"),
    (
        "The Strategic Director responded that the actions came below the plan.",
        "response",
        "strategic director",
    ),
    ("The Director of Finance confirmed that the posts were funded.", "response", "director of finance"),
    ("The Head of Highways explained that the works would start in May.", "response", "head of highways"),
    (
        "The Cabinet Member for Housing replied that 350 homes were completed.",
        "response",
        "cabinet member for housing",
    ),
    ("The Deputy Director General noted that the plan was complex.", "response", "deputy director general"),
    ("Tony Doran explained that it had been validated.", "response", "tony doran"),
    ("In response it was noted that the coding was explained in the document.", "response", None),
    ("It was explained that the survey would close in May.", "response", None),
    (
        "In response, the Chair of the Audit Committee outlined that the questions had been raised.",
        "response",
        "chair of the audit committee",
    ),
    ("REPLY:", "response", None),
    # question and response in one sentence
    (
        "In response to a Member question about the RHI data, officers stated that it was too early.",
        "question+response",
        "member",
    ),
    (
        "In response to the Chair’s query on the CSCB, officers advised that they had been working.",
        "question+response",
        "chair",
    ),
    (
        "In response to a question about caseloads it was noted that social workers had time.",
        "question+response",
        "member",
    ),
    (
        "In answer to a question from Councillor Jones, the Head of Highways said that works would start.",
        "question+response",
        "councillor jones",
    ),
    (
        "A Member asked what led to the rescinding of exclusions and officers responded that it was vital.",
        "question+response",
        "member",
    ),
    (
        "Councillor Smith asked a supplementary question about the timing, to which the Leader "
        "replied that work would begin.",
        "question+response",
        "councillor smith",
    ),
    (
        "When asked about the overspend, the Chief Executive said that it was due to demand.",
        "question+response",
        "member",
    ),
    # neither
    ("The Chair thanked officers for their responses to questions.", "neither", None),
    ("Officers proposed a future meeting of Scrutiny to look at recruitment.", "neither", None),
    (
        "Should a child ask about changing their social worker, an advocate would be appointed.",
        "neither",
        None,
    ),
    # a request: an exchange only when a response follows (see PARAGRAPHS)
    ("The Chair asked officers to circulate the figures to members.", "request", "chair"),
    ("Members are asked to declare any disclosable pecuniary interests.", "neither", None),
    (
        "Members noted these comments and asked that the Committee be kept advised of progress.",
        "neither",
        None,
    ),
    ("The Committee was asked to comment on the programme.", "neither", None),
    # real-minutes forms (paraphrased): passive questions put to officers, topic openers,
    # lower-case representatives, member-only "referred to", "Responding to whether ..."
    ("Officers were asked about rising demand and falling budgets.", "question", "member"),
    ("The Director was asked whether the target could be met.", "question", "member"),
    ("The Director was asked to circulate the figures.", "neither", None),
    (
        "The parent representative of the Youth Council asked whether transport was funded.",
        "question",
        "parent representative of the youth council",
    ),
    ("Councillor Lee referred to a press report on placement costs.", "question", "councillor lee"),
    ("The Director referred to the annual report.", "response", "director"),
    ("In relation to training Members asked if all staff had completed it.", "question", "member"),
    ("Regarding the waiting list a Member asked how long families waited.", "question", "member"),
    (
        "Responding to whether ward members should be told of placements the Director responded that "
        "confidentiality applied.",
        "question+response",
        "member",
    ),
    (
        "When asked which entitlement mattered most they indicated that bus passes did.",
        "question+response",
        "member",
    ),
    (
        "In response to a query on the forum a representative of that body explained that it met monthly.",
        "question+response",
        "member",
    ),
    # "referred to" is a weak question: an exchange only when a response follows (see PARAGRAPHS)
    ("A number of members referred to the RAG rating used in the improvement plan.", "question", "member"),
    (
        "Patrick Heisinger, Assistant City Manager, made a presentation and responded to "
        "questions posed by the Planning Commission.",
        "neither",
        None,
    ),
    ("Response times have improved since April.", "neither", None),
    ("Its effectiveness had been questioned by partners.", "neither", None),
]


def _first(nlp, sentence: str) -> tuple[str, str | None]:
    kind, _, q_speaker, r_speaker = explain(nlp(sentence))[0]
    label = LABEL[kind]
    return label, (r_speaker if label == "response" else q_speaker) if label != "neither" else None


@pytest.mark.parametrize(("sentence", "label", "speaker"), SENTENCES, ids=[s[:50] for s, _, _ in SENTENCES])
def test_sentence_table(nlp, sentence: str, label: str, speaker: str | None) -> None:
    assert _first(nlp, sentence) == (label, speaker)


# paragraph -> [(question starts with, asker, response starts with | None, responder)]
PARAGRAPHS = [
    (
        "A Member questioned what measures were in place? Officers advised that this remained a key "
        "challenge. Additional managers had been brought in. Officers proposed a future meeting.",
        [("A Member questioned", "member", "Officers advised", "officers")],
    ),
    (
        "A question was raised on the data presented. It was asked if the correct formula was being used. "
        "Officers said that the formula used was correct.",
        [("A question was raised", "member", "Officers said", "officers")],
    ),
    (
        "A member referred to the RAG rating and asked whether this would change by April. She asked how "
        "the rating was decided. In response it was noted that the coding was explained. It was also noted "
        "that the next iteration would be based around 7 priorities.",
        [("A member referred", "member", "In response it was noted", None)],
    ),
    (
        "A member asked why milestones were green. The Strategic Director responded that the actions came "
        "below the plan. She added that each area had actions. She stressed that green meant on track.",
        [("A member asked why", "member", "The Strategic Director responded", "strategic director")],
    ),
    (
        "In response to a member question the Strategic Director confirmed that caseloads were safe.",
        [("a member question", "member", "the Strategic Director confirmed", "strategic director")],
    ),
    (
        "A Member asked about vacancies. Another Member asked about sickness absence. Officers said that "
        "both had fallen.",
        [
            ("A Member asked about vacancies", "member", None, None),
            ("Another Member asked", "member", "Officers said", "officers"),
        ],
    ),
    (
        "A Member asked whether the service would be expanded. The Committee noted the update.",
        [("A Member asked whether", "member", None, None)],
    ),
    (
        "Concern was raised about the volume of traffic. Officers explained that a survey "
        "would be undertaken.",
        [("Concern was raised", "member", "Officers explained", "officers")],
    ),
    ("Concern was raised about the volume of traffic.", []),
    (
        "Members queried why the plan was prepared early. They raised concerns about its timing. In response "
        "to the queries raised, the Director General acknowledged that the plan was important.",
        [("Members queried why", "member", "In response to the queries raised", "director general")],
    ),
    (
        "A resident asked what measures were in place. The resident asked further how residents would be "
        "informed. Members of the committee advised the resident that a licence was needed.",
        [("A resident asked", "resident", "Members of the committee advised", "member")],
    ),
    (
        "Mr Read asked why the report was late. He was advised that staff sickness had delayed it.",
        [("Mr Read asked", "mr read", "He was advised", "officers")],
    ),
    (
        "Question by Councillor A. Brown to the Cabinet Member for Housing\nHow many homes were completed?\n"
        "Answer\nThree hundred and fifty homes were completed.\nA further 200 are planned.",
        [
            (
                "How many homes were completed?",
                "councillor a. brown",
                "Three hundred",
                "cabinet member for housing",
            )
        ],
    ),
    (
        "Members discussed the accounts with officers:\n"
        "What would be the effect of correcting the provision?\n"
        "There would be no net effect.\nWhy was an additional fee required?\nThis was the first year of the "
        "new arrangements.",
        [
            ("What would be the effect", "member", "There would be no net effect", None),
            ("Why was an additional fee", "member", "This was the first year", None),
        ],
    ),
    (
        "In response, officers advised that the scheme had closed. The Chair thanked officers.",
        [],
    ),
    # real-minutes forms (paraphrased)
    (
        "Members referred to the rise in referrals since spring.\nOfficers acknowledged that there had been "
        "a rise.",
        [("Members referred to the rise", "member", "Officers acknowledged", "officers")],
    ),
    ("Members referred to the rise in referrals since spring. The Chair thanked officers.", []),
    (
        "A Member thanked the officer for the report and asked for clarity on paragraph 4.7.",
        [("A Member thanked the officer", "member", None, None)],
    ),
    (
        "Councillor Rees asked if the review could look at profits. The Scrutiny Officer was aware "
        "of lobbying on this.",
        [("Councillor Rees asked", "councillor rees", "The Scrutiny Officer was aware", "scrutiny officer")],
    ),
    (
        "The Director presented the report. The Head of Service was aware of the concerns.",
        [],
    ),
    (
        "Clarification was sought on the number of children on plans. The Committee noted that it was "
        "likely to be 300.",
        [("Clarification was sought", "member", "The Committee noted that", None)],
    ),
    (
        "Officers were asked about reducing resources. The Director said demand was rising.",
        [("Officers were asked about", "member", "The Director said", "director")],
    ),
    (
        "In response to Members' questions it was confirmed that:\n\n- training had taken place\n\n"
        "- support was provided to carers",
        [("Members' questions", "member", "it was confirmed that", None)],
    ),
    (
        "Some members commented that they had not felt assured by the reply. In response to the concerns "
        "expressed the Director described the layers of oversight.",
        [("Some members commented", "member", "In response to the concerns", "director")],
    ),
    (
        "Members asked questions as follows:\n\n\u2022 The strategy needed review alongside the Pledge. "
        "Officers reported that the Children in Care Council would review the Pledge in March.",
        [("Members asked questions as follows:", "member", "Officers reported that", "officers")],
    ),
    # agenda headings, not questions: a plural "Questions ..." title, or none received
    (
        "QUESTIONS TO ASK WHEN SCRUTINISING SERVICES FOR CHILDREN IN CARE\n\nThe officer circulated a list.",
        [],
    ),
    ("Questions from Members of the Public\n\nMinutes:\nNo questions had been received.", []),
    ("Question from a member of the public\n\nThere were no questions.", []),
    # a direct question after a member's lead-in statement in the same paragraph
    (
        "A Member welcomed the report. What would be done to recruit more foster carers? "
        "The Head of Service explained that a campaign was planned.",
        [("What would be done", "member", "The Head of Service explained", "head of service")],
    ),
    (
        "Councillor Smith thanked officers. Why had costs risen? How would they be met? "
        "The Director explained that fuel prices had risen.",
        [("Why had costs risen? How would", "councillor smith", "The Director explained", "director")],
    ),
    (
        "The Chair thanked officers. When would the review end? Officers advised that it would end in May.",
        [("When would the review end?", "chair", "Officers advised", "officers")],
    ),
    # not a member's question: an officer's rhetorical question, or no response follows
    (
        "The Head of Service presented the report. What does this mean for families? "
        "It means more support at home. The Director explained that funding was secured.",
        [],
    ),
    ("A Member welcomed the report. What would be done to recruit more foster carers?", []),
    # narrative forms seen in real minutes (names invented)
    (
        "A Member questioned the impact of the new tariff. Mr Jones shared that the tariff would rise.",
        [("A Member questioned", "member", "Mr Jones shared", "mr jones")],
    ),
    (
        "The Chair expressed concern about the delays to the scheme. The Head of Service stated that "
        "a new contractor had been appointed.",
        [("The Chair expressed concern", "chair", "The Head of Service stated", "head of service")],
    ),
    (
        "A local resident raised concerns about the reduced grass cutting on Mill Road. The Chairman "
        "advised that the City Council is responsible for this service.",
        [("A local resident raised", "local resident", "The Chairman advised", "chair")],
    ),
    (
        "Members asked about the bus lane.\n\nIn response to comments and questions it was said:\n"
        "a. the bus lane would be reviewed in spring;\nb. the cycle route was funded by the county.",
        [("Members asked about the bus lane.", "member", "In response to comments and questions", None)],
    ),
    (
        "Further to comments and questions from Members it was noted:\n- the scheme would start in April;\n"
        "- residents would be consulted.",
        [("comments and questions from Members", "member", "it was noted:", None)],
    ),
    (
        "In noting the Report, Members asked the Executive to consider including the number of complaints. "
        "In response, the Director of Planning noted that this was in the Annual Report.",
        [
            (
                "In noting the Report, Members asked",
                "member",
                "In response, the Director",
                "director of planning",
            )
        ],
    ),
    # an answer does not swallow the next pair when a line lacks its full stop
    (
        "Minutes:\nA resident asked what measures were in place to license rooms. Members advised the "
        "resident that a licence was needed for 5 or more occupiers;\nA resident asked if there was a "
        "direction for the area. Members advised the Council was looking into this.",
        [
            ("A resident asked what measures", "resident", "Members advised the resident", "member"),
            ("A resident asked if there was", "resident", "Members advised the Council", "member"),
        ],
    ),
    # a Q&A list in printed minutes: questions on their own lines, some without "?"
    (
        "Members discussed the accounts with officers:\n"
        "Would the fund continue to be treated separately in the accounts?\n"
        "Yes – the two funds would continue to be dealt with separately in future years\n"
        "Why was there a material amendment to the fund regarding investments?\n"
        "This was a matter of classification.\n"
        "What level of savings was anticipated to arise from the programme\n"
        "In May a potential for up to £6m was identified by consultants.\n"
        "Had the joint banking meant an overdraft facility? How was the separation being taken forward?\n"
        "The shared account had meant that the Council benefitted.\n"
        "The assessment was not clear as to what was expected – could the Commission advise?\n"
        "The Council needed to demonstrate outcomes better.",
        [
            ("Would the fund continue", "member", "Yes – the two funds", None),
            ("Why was there a material", "member", "This was a matter", None),
            ("What level of savings", "member", "In May a potential", None),
            (
                "Had the joint banking meant an overdraft facility? How was",
                "member",
                "The shared account",
                None,
            ),
            ("The assessment was not clear", "member", "The Council needed", None),
        ],
    ),
    # "In response to the Members' queries" answers every question of the run before it
    (
        "• Members asked how many will attend the event;\n• Members asked if discussions had taken place "
        "with airports;\nIn response to the Members' queries, the Director of Services referred to "
        "the event.",
        [
            (
                "Members asked how many",
                "member",
                "In response to the Members' queries",
                "director of services",
            ),
            (
                "Members asked if discussions",
                "member",
                "In response to the Members' queries",
                "director of services",
            ),
        ],
    ),
    # a written question: the text after its heading, and a reply header after a lost line break
    (
        "Question submitted by Councillor P. Walsh\n\nI will ask at the next Meeting how many homes are "
        "vacant. REPLY: There are 226 vacant homes.",
        [("I will ask at the next Meeting", "councillor p. walsh", "There are 226", None)],
    ),
    # a bracketed note after the asker (where the question is referred) is not the question
    (
        "Question submitted by Councillor P. Walsh (to be referred to the Municipal District)\n\nI will ask "
        "at the next Meeting if sites can be found for allotments. REPLY: Two sites are under review.",
        [("I will ask at the next Meeting", "councillor p. walsh", "Two sites", None)],
    ),
    # after a written reply the minutes go on: the members' own question is a new exchange
    (
        "Question submitted by Councillor P. Walsh\n\nI will ask for an update on the orchestra.\n\n"
        "REPLY:\n\nThe orchestra provides free music education.\n\nMembers welcomed the Motion. They "
        "commended the orchestra and queried if funding could be made available. In response, the Director "
        "of Sport outlined the support given.",
        [
            ("I will ask for an update", "councillor p. walsh", "The orchestra provides", None),
            ("They commended the orchestra", "member", "In response, the Director", "director of sport"),
        ],
    ),
    # a pronoun's question after a councillor spoke is that councillor's; unanswered: response None
    (
        "In moving the Motion, Councillor Walsh acknowledged the work of staff. He queried how many fallen "
        "trees caused outages.\n\nMembers welcomed the Motion.",
        [("He queried how many", "councillor walsh", None, None)],
    ),
    # the chair answers a member; US / Canadian speaker forms; a "Q. ... A. ..." list
    (
        "A Member questioned why the updates had not featured on the agenda. The Chairman reported that "
        "each manager had provided a written update.",
        [("A Member questioned why", "member", "The Chairman reported", "chair")],
    ),
    (
        "Council Member Ruiz inquired about the timeline for the park project. Staff responded that "
        "construction would begin in March.",
        [("Council Member Ruiz inquired", "council member ruiz", "Staff responded", "officers")],
    ),
    (
        "Q. When will the car park reopen?\nA. The car park will reopen in June.",
        [("When will the car park reopen?", "member", "A. The car park", None)],
    ),
    (
        "Vice Chair Lopez asked whether the traffic study included weekend counts. Staff indicated that "
        "it did not.",
        [("Vice Chair Lopez asked", "vice chair lopez", "Staff indicated", "officers")],
    ),
    (
        "Councillor Smith inquired about the cost of the new fire truck. The CAO advised that the cost "
        "would be funded from reserves.",
        [("Councillor Smith inquired", "councillor smith", "The CAO advised", "cao")],
    ),
    (
        "Mrs Green (resident) asked why the bins had not been collected. The Waste Manager apologised and "
        "explained that a vehicle had broken down.",
        [("Mrs Green (resident) asked", "mrs green", "The Waste Manager apologised", "waste manager")],
    ),
    (
        "Q1. Why has the library closed early on Saturdays?\nA1. Fewer volunteers meant shorter hours.",
        [("Why has the library", "member", "Fewer volunteers", None)],
    ),
    (
        "Members raised the following points:\n• Whether the new bins would be delivered before April – "
        "officers confirmed that they would.",
        [("Whether the new bins", "member", "officers confirmed", "officers")],
    ),
    # a written-questions paper: the header names the office and then its holder; the answer
    # under "Response"; "Supplementary question" alone on its line ends it and heads the follow-up
    (
        "Question from Ms Helen Varga to the Cabinet Member for Housing, Councillor Daniel Okafor\n\n"
        "How many households are in temporary accommodation?\n\nResponse\n\nThere were 2,184 households."
        "\n\nSupplementary question\n\nMs Varga asked how many had been placed outside the borough.\n\n"
        "Supplementary response\n\nCouncillor Okafor replied that 412 families were placed outside it.",
        [
            ("How many households", "ms helen varga", "There were 2,184", "councillor daniel okafor"),
            ("Ms Varga asked how many", "ms varga", "Councillor Okafor replied", "councillor okafor"),
        ],
    ),
    # an Irish county council's numbered question: "Councillor X asked:" closes the header's line,
    # the question is the quoted line after it and the answer follows "Reply:"
    (
        'Question No. 1: Councillor A. Fahy asked:\n"Can the Council state when the footpath works will '
        'commence?"\n\nReply:\nWorks will commence in May 2025.',
        [('"Can the Council state when', "councillor a. fahy", "Works will commence", None)],
    ),
    # a county committee's bulleted questions in lower case, each with its answer after a dash
    (
        "Members raised the following questions:\n\n• whether the Sunday services would continue after "
        "March – the Director of Transport advised that this depended on the funding settlement;\n\n"
        "• how many passengers had used the service – the Head of Highways said that 4,300 journeys "
        "had been made.",
        [
            (
                "whether the Sunday services",
                "member",
                "the Director of Transport advised",
                "director of transport",
            ),
            ("how many passengers", "member", "the Head of Highways said", "head of highways"),
        ],
    ),
    # "Further question" opening a sentence is no header: nothing is asked
    ("Further question time was not needed, as all questions had been answered in writing.", []),
    (
        # Victorian public question time: a numbered label alone on its line over each question
        "QUESTION 1\nMs Paula Grieve of Kallista asked whether Council would reinstate the drop-off.\n"
        "Response\nThe Director Built Environment advised that the service would resume in August.\n"
        "QUESTION 2\nMr Colin Ashby asked when the footpath on Ridge Road would be completed.\n"
        "Response\nThe Chief Executive Officer responded that the works would be done by September.",
        [
            ("Ms Paula Grieve", "ms paula grieve", "The Director", "director built environment"),
            ("Mr Colin Ashby", "mr colin ashby", "The Chief Executive Officer", "chief executive officer"),
        ],
    ),
    (
        # English parish planning: an application's numbered heading with no full stop over the question
        "61.3 24/503402/OUT Land east of Pound Lane - Outline application for up to 9 dwellings\n"
        "Cllr Shah asked whether the site was within the settlement boundary. The Clerk confirmed that "
        "the site lies outside the settlement boundary.",
        [("Cllr Shah asked", "cllr shah", "The Clerk confirmed", "clerk")],
    ),
    # notes, not exchanges: questions summarised, courtesies, an officer asking a member
    ("Members asked questions on several aspects of each division which were responded to by officers.", []),
    ("Twelve questions were submitted by members of the public.", []),
    (
        "Councillor Dunne raised concerns over the amendments. The Mayor thanked the Members for the debate.",
        [],
    ),
    (
        "The Director of Housing outlined the grant rules. She asked the Councillor if he would consider "
        "re-wording the Motion. Councillor Teskey agreed to the reworded Motion.",
        [],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARAGRAPHS, ids=[p[:50] for p, _ in PARAGRAPHS])
def test_paragraph_table(nlp, paragraph: str, expected: list) -> None:
    got = find_exchanges(nlp(paragraph))
    assert len(got) == len(expected), [e.question.text for e in got]
    for ex, (q_start, asker, r_start, responder) in zip(got, expected, strict=True):
        assert ex.question.text.startswith(q_start)
        assert ex.question.speaker == asker
        if r_start is None:
            assert ex.response is None and ex.answered is False
        else:
            assert ex.answered and ex.response is not None
            assert ex.response.text.startswith(r_start)
            assert ex.response.speaker == responder


def test_colon_response_takes_its_list(nlp) -> None:
    """A response ending "...:" runs on over the list items that follow it."""
    doc = nlp(
        "In response to Members' questions it was confirmed that:\n\n"
        "- training had taken place\n\n- carers had support"
    )
    (ex,) = find_exchanges(doc)
    assert ex.response is not None and ex.response.text.endswith("carers had support")


def test_question_and_reply_in_separate_sections(nlp) -> None:
    docs = [
        nlp("Question submitted by Councillor S. Benson"),
        nlp("I will ask at the next meeting how many vacant properties there are."),
        nlp("REPLY:"),
        nlp("There are 226 vacant properties."),
    ]
    (ex,) = find_exchanges_in(docs)
    assert ex.question.speaker == "councillor s. benson"
    assert "how many vacant properties" in ex.question.text
    assert ex.response is not None and ex.response.text == "There are 226 vacant properties."


def test_empty_doc(nlp) -> None:
    assert find_exchanges(nlp("")) == []
    assert find_exchanges_in([]) == []


def test_every_cue_example_matches_its_pattern(nlp) -> None:
    """Each cue row's "example" is matched by that row's own pattern (data self-check)."""
    records, _ = load_cues()
    missing = []
    for rec in records:
        if "example" not in rec:
            continue
        matcher = Matcher(nlp.vocab)
        matcher.add(rec["id"], [rec["pattern"]])
        if not matcher(nlp(rec["example"])):
            missing.append(rec["id"])
    assert not missing


def test_cue_rows_carry_speaker_kinds() -> None:
    """Every SPEAKER row's kind (and every "askers" entry) is read into :class:`SpeakerKind`."""
    records, _ = load_cues()
    speakers = [r for r in records if r["label"] == "SPEAKER"]
    assert speakers and all(isinstance(r["kind"], SpeakerKind) for r in speakers)
    askers = [k for r in records for k in r.get("askers") or ()]
    assert askers and all(isinstance(k, SpeakerKind) for k in askers)


_PATTERN = [{"LOWER": "the"}, {"LOWER": "treasurer"}]


@pytest.mark.parametrize(
    ("row", "ok"),
    [
        ({"label": "SPEAKER", "kind": "role"}, True),
        ({"label": "SPEAKER"}, False),  # who speaks is not said
        ({"label": "SPEAKER", "kind": "passive"}, False),  # "passive" is no speaker phrase's kind
        ({"label": "SPEAKER", "kind": "treasurer"}, False),  # not a SpeakerKind
        ({"label": "R_VERB", "strength": "info"}, True),
        ({"label": "R_VERB", "strength": "info", "kind": "role"}, False),  # only a speaker has a kind
    ],
)
def test_cue_row_speaker_kind_validation(row: dict, ok: bool) -> None:
    """A cue row names a speaker kind exactly when it is a SPEAKER cue (one of SpeakerKind)."""
    raw = {"id": "t_row", "pattern": _PATTERN, **row}
    if ok:
        assert CueRow.model_validate(raw).kind == row.get("kind")
    else:
        with pytest.raises(ValidationError):
            CueRow.model_validate(raw)


# --------------------------------------------------------------------------- seeds


def _paragraph_exchanges(nlp, stem: str) -> list[dict]:
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    out = []
    for para in text.split("\n\n"):
        if para.strip():
            out += [e.model_dump(mode="json") for e in find_exchanges(nlp(para))]
    return out


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_paragraphs_match_gold(nlp, stem: str) -> None:
    """Every gold exchange is found (question and response contain the gold text), with its
    asker, and nothing else is predicted — calling find_exchanges on each paragraph."""
    from rapidfuzz import fuzz

    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    golds = [e for item in gold["items"] for e in item.get("exchanges", [])]
    preds = _paragraph_exchanges(nlp, stem)

    def norm(s: str | None) -> str:
        return " ".join((s or "").replace("’", "'").split()).lower()

    def contains(g: str, p: str | None) -> bool:
        g, p = norm(g), norm(p)
        return bool(g) and len(p) >= 0.8 * len(g) and (g in p or fuzz.partial_ratio(g, p) >= 90)

    used: set[int] = set()
    for g in golds:
        hit = next(
            (
                i
                for i, p in enumerate(preds)
                if i not in used
                and contains(g["question"], p["question"]["text"])
                and contains(g["response"], (p["response"] or {}).get("text"))
            ),
            None,
        )
        assert hit is not None, f"missed: {g['question']}"
        used.add(hit)
        assert preds[hit]["question"]["speaker"] == g["asker"]
        assert (preds[hit]["response"] or {}).get("speaker") == g["responder"]
    assert len(preds) == len(used), [p["question"]["text"] for i, p in enumerate(preds) if i not in used]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared absent")
def test_seed_pipeline_scores(tmp_path) -> None:
    """End to end on the text seeds: exchanges F1 and question-speaker accuracy >= 0.9."""
    import minutesmine

    sys.path.insert(0, str(SHARED / "eval"))
    try:
        import score
    finally:
        sys.path.pop(0)
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for stem in SEED_STEMS:
            doc = minutesmine.extract(SEEDS / f"{stem}.txt")
            fh.write(json.dumps(doc.model_dump(mode="json")) + "\n")
    fields = score.score(GOLD, pred)["fields"]
    assert fields["exchanges"]["f1"] >= 0.9
    assert fields["question speakers"]["precision"] >= 0.9
