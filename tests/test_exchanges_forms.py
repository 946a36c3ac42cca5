"""Question/answer forms from councils not in the repository: one row per real-world shape.

Each row is a paragraph as printed in minutes of some council (names invented) and the
exchanges it holds: (question starts with, asker, response starts with | None, responder).
The shapes come from minutes of English, Welsh, Irish, Australian and US bodies: initials
as names, "Cr" and "Council Member" titles, role titles before a name, "Q:"/"A:" and
"Question:"/"Response:" papers, public and supplementary questions, numbered questions
answered point by point, and notes that only look like questions.
"""

from __future__ import annotations

import pytest

from minutesmine.pipeline import _question_table
from minutesmine.segment.exchanges import find_exchanges, qa_table_columns

FORMS: list[tuple[str, list[tuple[str, str | None, str | None, str | None]]]] = [
    # a resident named with the place or body they come from, without commas (US public comment)
    (
        "Frank Odell of the Smithfield District asked when the drainage repairs would begin. County "
        "Administrator Briggs stated that the repairs would begin in April.",
        [
            (
                "Frank Odell of the Smithfield District asked",
                "frank odell",
                "County Administrator Briggs",
                "county administrator briggs",
            )
        ],
    ),
    (
        "Mary Lee of Oak Valley Residents Association asked whether the park would reopen. Staff "
        "responded that it would reopen in May.",
        [("Mary Lee of Oak Valley", "mary lee", "Staff responded", "officers")],
    ),
    # initials as askers and responders
    (
        "Cllr A. Smith asked whether the car park would reopen before Christmas. J. Wilson responded "
        "that it would reopen on 1 December.",
        [("Cllr A. Smith asked", "cllr a. smith", "J. Wilson responded", "j. wilson")],
    ),
    (
        "Councillor B. R. Jones queried the cost of the new signage. The Head of Highways explained "
        "that the cost was met from the capital budget.",
        [
            (
                "Councillor B. R. Jones queried",
                "councillor b. r. jones",
                "The Head of Highways",
                "head of highways",
            )
        ],
    ),
    (
        "Cllr. J. O'Neill asked whether the hedges would be cut back. Ms K. Doyle, Senior Engineer, "
        "replied that a contractor had been appointed.",
        [("Cllr. J. O'Neill asked", "cllr. j. o'neill", "Ms K. Doyle", "ms k. doyle")],
    ),
    (
        "A. Patel asked when the survey results would be published. T. Nolan advised that they would "
        "be circulated to Members in March.",
        [("A. Patel asked", "a. patel", "T. Nolan advised", "t. nolan")],
    ),
    # role words and titles of other countries
    (
        "Councillor Okafor sought clarification on the reserves policy. The Head of Finance clarified "
        "that reserves were above the agreed minimum.",
        [
            (
                "Councillor Okafor sought",
                "councillor okafor",
                "The Head of Finance clarified",
                "head of finance",
            )
        ],
    ),
    (
        "Cr Nguyen asked about the timing of the footpath works. The CEO advised that works would "
        "begin in March.",
        [("Cr Nguyen asked", "cr nguyen", "The CEO advised", "ceo")],
    ),
    (
        "Council Member Ruiz asked staff whether the permit fees covered costs. Staff responded that "
        "fees covered about 80 percent of costs.",
        [("Council Member Ruiz asked", "council member ruiz", "Staff responded", "officers")],
    ),
    (
        "Councilmember Park asked whether the fee waiver applied to nonprofits. City Manager Ortiz "
        "stated that it did.",
        [("Councilmember Park asked", "councilmember park", "City Manager Ortiz", "city manager ortiz")],
    ),
    (
        "Trustee Kim asked how many teachers had left this year. The Superintendent replied that "
        "fourteen had resigned.",
        [("Trustee Kim asked", "trustee kim", "The Superintendent replied", "superintendent")],
    ),
    (
        "Councillor Reid questioned whether the consultation had been long enough. Mr Hughes shared "
        "that over 900 responses had been received.",
        [("Councillor Reid questioned", "councillor reid", "Mr Hughes shared", "mr hughes")],
    ),
    # the answer first, the question inside it
    (
        "In answer to a question from Cllr Patel, the Leader said that the review would report in May.",
        [("a question from Cllr Patel", "cllr patel", "the Leader said", "leader")],
    ),
    (
        "In response to a question from Councillor Byrne regarding the timescale, the Chief Executive "
        "advised that the plan would be published in June.",
        [
            (
                "a question from Councillor Byrne",
                "councillor byrne",
                "the Chief Executive advised",
                "chief executive",
            )
        ],
    ),
    (
        "Responding to Cr Walsh, the Director advised that the bridge would reopen in May.",
        [("Cr Walsh", "cr walsh", "the Director advised", "director")],
    ),
    # question and answer in one sentence
    (
        "Cllr D. Evans asked if the grant was ring-fenced; the Cabinet Member for Finance confirmed "
        "that it was.",
        [
            (
                "Cllr D. Evans asked",
                "cllr d. evans",
                "the Cabinet Member for Finance",
                "cabinet member for finance",
            )
        ],
    ),
    # question papers: "Q:"/"A:", "Question:"/"Response:", numbered
    (
        "Q: Will the library open on Sundays?\nA: The library will open on Sundays from April.",
        [("Will the library open", "member", "The library will open", None)],
    ),
    (
        "Question: How many potholes were repaired last year?\nResponse: 4,312 potholes were repaired.",
        [("How many potholes", "member", "4,312 potholes", None)],
    ),
    (
        "Q.2 What is the budget for road repairs?\nA.2 The budget for road repairs is £3m.",
        [("What is the budget", "member", "The budget for road repairs", None)],
    ),
    # public and written questions with a header line
    (
        "Question from Mr A. Green to Cllr B. Hughes\nWhat is being done about fly-tipping on Mill "
        "Lane?\nReply: Enforcement officers have installed cameras on Mill Lane.",
        [("What is being done", "mr a. green", "Enforcement officers have", "cllr b. hughes")],
    ),
    (
        "Written question from Councillor F. Ali to the Leader of the Council\nWhen will the local plan "
        "be adopted?\nAnswer: The plan will be adopted in December.",
        [
            (
                "When will the local plan",
                "councillor f. ali",
                "The plan will be adopted",
                "leader of the council",
            )
        ],
    ),
    # supplementary questions
    (
        "Mr Green asked a supplementary question about how often the cameras were checked. The Cabinet "
        "Member replied that they were checked weekly.",
        [("Mr Green asked a supplementary", "mr green", "The Cabinet Member replied", "cabinet member")],
    ),
    (
        "Supplementary question: Councillor Hall asked whether the cameras would be moved. Councillor "
        "Moore replied that they would be moved every month.",
        [("Councillor Hall asked", "councillor hall", "Councillor Moore replied", "councillor moore")],
    ),
    # numbered questions, answered in a later paragraph or point by point
    (
        "Councillor Hart asked how many complaints had been received about missed bins.\n\n"
        "The Service Manager responded that 42 complaints had been received since April.",
        [("Councillor Hart asked", "councillor hart", "The Service Manager responded", "service manager")],
    ),
    (
        "Members asked:\n1. Whether the scheme was fully funded.\n2. How many homes would be built.\n"
        "The Director responded to each:\n1. The scheme was funded by a government grant.\n"
        "2. 120 homes would be built by 2027.",
        [
            ("Whether the scheme", "member", "The scheme was funded", "director"),
            ("How many homes", "member", "120 homes would be built", "director"),
        ],
    ),
    # two questions from one member, one answer
    (
        "Councillor Mensah asked what the vacancy rate was. She also asked about agency spend. The "
        "Director of People said that the vacancy rate was 9%.",
        [
            (
                "Councillor Mensah asked",
                "councillor mensah",
                "The Director of People said",
                "director of people",
            )
        ],
    ),
    (
        "Mr T. Singh (resident) asked whether the crossing would be installed. Councillor Moore, Cabinet "
        "Member for Transport, responded that it would be installed in the summer.",
        [("Mr T. Singh", "mr t. singh", "Councillor Moore", "councillor moore")],
    ),
    (
        "Members asked:\n(a) whether the pool would close during the works;\n(b) how long the works "
        "would take.\nOfficers responded:\n(a) the pool would stay open;\n(b) the works would take "
        "ten weeks.",
        [
            ("whether the pool", "member", "the pool would stay open", "officers"),
            ("how long the works", "member", "the works would take", "officers"),
        ],
    ),
    # a reply that names the asker, after the question
    (
        "Cr Walsh asked when the bridge would reopen. Responding to Cr Walsh, the Director advised that "
        "it would reopen in May.",
        [("Cr Walsh asked", "cr walsh", "Responding to Cr Walsh", "director")],
    ),
    (
        "Alderman Price asked whether the grant had been claimed. Staff indicated that the claim was "
        "submitted in May.",
        [("Alderman Price asked", "alderman price", "Staff indicated", "officers")],
    ),
    # notes that only look like questions
    ("12 questions were submitted.", []),
    ("Twelve questions had been received from members of the public and were answered in writing.", []),
    ("The Chair asked Members to note the report.", []),
    ("The report asked the Committee to approve the revised fees and charges.", []),
    ("The Chair asked the Committee to approve the recommendations. The Committee agreed.", []),
    ("The Clerk asked Members to declare any interests. None were declared.", []),
    ("Members were asked to note the report.", []),
    ("The Director asked the Committee to approve the fees. The Committee agreed.", []),
    ("Public questions: no questions had been received.", []),
    # a section's title naming the askers, then a note of how the questions came in: no exchange
    (
        "Questions from Members\n\nThe following questions had been submitted in accordance with Council "
        "Procedure Rule 9.",
        [],
    ),
    # Welsh / English full council: a bare "Supplementary question:" header, then who asked it;
    # a bare "Response:" header, then who answered
    (
        "Supplementary question:\nCouncillor Rhian Evans asked whether the Cabinet Member would meet "
        "residents of Heol y Felin.\n\nResponse:\nCouncillor Mark Jenkins confirmed that he would meet them.",
        [
            (
                "Councillor Rhian Evans asked",
                "councillor rhian evans",
                "Councillor Mark Jenkins confirmed",
                "councillor mark jenkins",
            )
        ],
    ),
    # a line ending in "p.m." ends its sentence: the next line's question is a unit of its own
    (
        "Mayor Dawson closed the public hearing at 6:13 p.m.\nCouncilmember Salinas asked how many lots "
        "the development would contain. Planning Director Eric Vance stated that the plan showed 58 lots.",
        [
            (
                "Councilmember Salinas asked",
                "councilmember salinas",
                "Planning Director Eric Vance stated",
                "planning director eric vance",
            )
        ],
    ),
    # a time ending a question mid-line: the capital after "p.m." opens the answer (US planning
    # commission minutes)
    (
        "Commissioner Carver asked whether the patio would be open after 10:00 p.m. Senior Planner "
        "Oyelaran responded that condition 7 limits patio hours to 10:00 p.m. on weekdays.",
        [
            (
                "Commissioner Carver asked",
                "commissioner carver",
                "Senior Planner Oyelaran responded",
                "senior planner oyelaran",
            )
        ],
    ),
    # a county officer's title before the name: "Purchasing Agent", "Fire Marshal" (Texas
    # commissioners courts)
    (
        "Commissioner Whitfield asked how many bids were received. County Purchasing Agent Lena Morales "
        "responded that three bids were received.",
        [
            (
                "Commissioner Whitfield asked",
                "commissioner whitfield",
                "County Purchasing Agent Lena Morales",
                "county purchasing agent lena morales",
            )
        ],
    ),
    # a public question given notice of, then its words in quotation marks and the reply's
    (
        "Mr Alan Forbes had given notice of the following question to Councillor Judith Blake:\n"
        '"Will the Cabinet Member explain why the resurfacing has been delayed?"\n'
        'Councillor Blake replied:\n"The scheme was deferred because a gas main had to be replaced."',
        [("Mr Alan Forbes had given", "mr alan forbes", "Councillor Blake replied", "councillor blake")],
    ),
    # a note listing the questions after it, then "Question 3 - Councillor X asked ..."
    (
        "The following supplementary questions were asked:\nQuestion 3 - Councillor Colin Dray asked whether "
        "the figures would be published. Councillor Fiona Grant replied that they would be circulated.",
        [
            (
                "Question 3 - Councillor Colin Dray",
                "councillor colin dray",
                "Councillor Fiona Grant",
                "councillor fiona grant",
            )
        ],
    ),
    # a section's title in capitals is no question; a member's statement, then "She asked if ..."
    (
        "MEMBER QUESTIONS\n\nQuestion 1 - Councillor Beth Carey stated that the Sunday bus had been "
        "withdrawn. She asked if the Cabinet Member would restore it. Councillor Rajesh Kumar replied that "
        "it would be retendered.",
        [("She asked if", "councillor beth carey", "Councillor Rajesh Kumar", "councillor rajesh kumar")],
    ),
    # questions received from a resident, listed, then answered by one reply: one exchange per
    # question, each with the whole reply (as the held-out gold of the form)
    (
        "Two questions had been received from Mrs Janet Hollis, briefly summarised as follows:\n"
        "(i) the cost of the library review; and\n(ii) when it would be published.\n"
        "Councillor Fuller confirmed that the review had cost £48,000 and would be published in November.",
        [
            ("the cost of the library review", "mrs janet hollis", "Councillor Fuller", "councillor fuller"),
            ("when it would be published", "mrs janet hollis", "Councillor Fuller", "councillor fuller"),
        ],
    ),
    # one question received from a member of the public named after a comma, read out, answered
    (
        "The Chair advised that one question had been received from a member of the public, Mr T. Okoro:\n"
        '"What is being done to shorten the wait for 101 calls?"\n'
        "The Commissioner responded that the average wait had fallen to six minutes.",
        [("The Chair advised that one question", "mr t. okoro", "The Commissioner", "commissioner")],
    ),
    # "Councillor X inquired ..." (Canadian spelling) and a reply after a semicolon
    (
        "Deputy Mayor Ostrowski inquired whether dust control would be applied this year; the Director of "
        "Public Works confirmed that calcium chloride would be applied in June.",
        [
            (
                "Deputy Mayor Ostrowski",
                "deputy mayor ostrowski",
                "the Director of Public Works",
                "director of public works",
            )
        ],
    ),
    # an answer minuted with the question it answered and who asked it, not the answer's words
    (
        "Cllr John Woodman responded to a question from Cllr Redman about disabled parking bays.",
        [("a question from Cllr Redman", "cllr redman", "Cllr John Woodman responded", "cllr john woodman")],
    ),
    ("The Director responded to the points raised by Members about the delay.", []),
    # an opener naming the debate before the asker; the answer after ", to which"
    (
        "During the debate, Councillor Patel asked whether young people had been consulted, to which the "
        "Head of Policy responded that three youth sessions had been held.",
        [("During the debate, Councillor Patel", "councillor patel", "the Head of Policy", "head of policy")],
    ),
    # an area committee's open forum: "(ii) <Topic> – <Name>, <group> – Asked ...", then the answer
    (
        "(ii) Youth Provision – Maureen Kettle, Garforth Community Association – Asked what "
        "activities would be available for young people over the winter.\n\nThe Communities Officer "
        "said that two youth sessions a week would run at the centre from January.",
        [("(ii) Youth Provision", "maureen kettle", "The Communities Officer said", "communities officer")],
    ),
    (
        "(i) Parking on Moor Lane – Derek Ashby, Moor Lane resident – Raised concern that vans "
        "parked on the pavement and asked whether enforcement officers could attend.\n\nIn responding, "
        "the Area Leader said that enforcement visits had been requested.",
        [("(i) Parking on Moor Lane", "derek ashby", "In responding, the Area Leader", "area leader")],
    ),
    # ... but a titled speaker before a dash is the speaker, not a topic
    (
        "Councillor Tindall – Ward Member – asked whether the sessions would be promoted in schools. "
        "The Communities Officer said that they would.",
        [("Councillor Tindall", "councillor tindall", "The Communities Officer said", "communities officer")],
    ),
    # a decision record's form fields: a question over a one-word value is no member's question
    ("Is this a Key Decision?\n\nNo\n\nDoes the call-in procedure apply?\n\nYes", []),
    # a full council's supplementary question minuted after the reply to the written one
    (
        "Question 1 from Councillor Lee Ward to the Leader of the Council\nHow many council homes will "
        "be started in 2025/26?\n\nThe Leader of the Council, Councillor Jane Corbin, replied that 64 "
        "homes would be started.\n\nBy way of a supplementary question, Councillor Ward asked how "
        "many would be for social rent. Councillor Corbin replied that all 64 homes would be let at "
        "social rent.",
        [
            (
                "How many council homes",
                "councillor lee ward",
                "The Leader of the Council",
                "leader of the council",
            ),
            (
                "By way of a supplementary question, Councillor Ward",
                "councillor ward",
                "Councillor Corbin replied",
                "councillor corbin",
            ),
        ],
    ),
    # "Response: <name>, <role>" on a line of its own: the answer is the text under it
    (
        "Question from Councillor Tomos Griffiths to the Leader of the Council\nWhat steps is the Council "
        "taking to increase Welsh-medium childcare places?\n\nResponse: Councillor Carys Howells, Leader of "
        "the Council\nThe Council has opened two new settings this year.",
        [
            (
                "What steps is the Council",
                "councillor tomos griffiths",
                "The Council has opened",
                "councillor carys howells",
            )
        ],
    ),
    # "In response to a Member's question, it was confirmed ...": a new question, not an answer
    # to the one before
    (
        "Members asked about the rise in agency social workers; the Head of Children's Services advised "
        "that recruitment had been difficult.\nIn response to a Member's question, it was confirmed that "
        "average caseloads were 22 children per social worker.",
        [
            (
                "Members asked about",
                "member",
                "the Head of Children's Services advised",
                "head of children's services",
            ),
            ("a Member's question", "member", "it was confirmed that", None),
        ],
    ),
    # a resident's question headed with where they come from (Australian public question time)
    (
        "Question from Mr Ray Cobb of Wattle Flat:\nWhen will the footpath on Acacia Street be built?\n\n"
        "Response from the General Manager:\nConstruction is scheduled for February.",
        [("When will the footpath", "mr ray cobb", "Construction is scheduled", "general manager")],
    ),
    (
        "Question from Mrs Ann Lee on behalf of the Banksia Progress Association:\nHas Council costed the "
        "new toilets?\n\nResponse from the Director Infrastructure:\nThe cost is estimated at $180,000.",
        [("Has Council costed", "mrs ann lee", "The cost is estimated", "director infrastructure")],
    ),
    # one member asking several questions inline, answered point by point (UK council questions)
    (
        "Councillor Tom Hale asked two questions: (1) how many bus shelters had been replaced; and (2) "
        "whether the timetable would change.\nIn reply, the Cabinet Member for Transport said (1) that 40 "
        "shelters had been replaced; and (2) that the timetable would not change.",
        [
            (
                "how many bus shelters had been replaced",
                "councillor tom hale",
                "that 40 shelters",
                "cabinet member for transport",
            ),
            (
                "whether the timetable would change",
                "councillor tom hale",
                "that the timetable",
                "cabinet member for transport",
            ),
        ],
    ),
    # lettered questions answered in one reply: each question gets the whole reply
    (
        "Councillor Rosa Vint asked two questions: (a) when the library would reopen; (b) "
        "whether the opening hours would be cut. The Director of Communities replied that the library "
        "would reopen in June with the same hours.",
        [
            (
                "when the library would reopen",
                "councillor rosa vint",
                "The Director of Communities",
                "director of communities",
            ),
            (
                "whether the opening hours",
                "councillor rosa vint",
                "The Director of Communities",
                "director of communities",
            ),
        ],
    ),
    # a question in parts ("I will ask (a) ... (b) ..."), no lead-in naming several: one question
    (
        "Councillor Pat Dunne asked (a) how much had been spent on road resurfacing and (b) how much "
        "remained. The Director of Services advised that EUR 2.1m had been spent.",
        [
            (
                "Councillor Pat Dunne asked (a)",
                "councillor pat dunne",
                "The Director of Services",
                "director of services",
            )
        ],
    ),
    # English committee minutes (Min. No. 48/24): answers listed under "In response to questions
    # from Members, ..." after an exchange already answered: the listed points answer questions of
    # their own, asked by Members
    (
        "Members sought clarification on the cost of the scheme; officers explained that it was met from "
        "reserves.\nIn response to questions from Members, the following points were made:\n"
        "(a) the average cost of a placement had risen to £6,200 per week; and\n"
        "(b) a second children's home would open in January 2025.",
        [
            ("Members sought clarification", "member", "officers explained", "officers"),
            ("questions from Members", "member", "the following points were made", None),
        ],
    ),
]


# South Australian questions without notice: the heading names the member, the labels do not
FORMS.append(
    (
        "Cr Hale \u2013 Jetty Road Footpath\n\nQuestion: When will the footpath on Jetty Road be "
        "repaired?\n\n"
        "Response: The Director Infrastructure advised that the repairs are programmed for May.",
        [
            (
                "When will the footpath",
                "cr hale",
                "The Director Infrastructure advised",
                "director infrastructure",  # the label names no one; the answer opens with who gave it
            )
        ],
    )
)


# NZ minutes: a report's file number and author lines over the discussion of it
FORMS.append(
    (
        "File Number: 2404-117\nAuthor: Lisa Marr, Policy Advisor\nCr Hale asked whether the bylaw would "
        "ban dogs from the beach. Ana Kerr responded that dogs would be banned in summer.",
        [("Cr Hale asked whether the bylaw", "cr hale", "Ana Kerr responded", "ana kerr")],
    )
)


# Tasmanian public question time: a question taken on notice is answered later
FORMS.append(
    (
        "Ms Ann Venn of Snug asked whether Council would fence the dog exercise area.\n"
        "The question was taken on notice.",
        [("Ms Ann Venn of Snug asked", "ms ann venn", "The question was taken on notice.", None)],
    )
)


# a written-answers paper: labelled lines name who asked and who answers, over the question
FORMS.append(
    (
        "Question 1\nAsked by: Councillor Owen Bradley\nPortfolio holder: Councillor Teresa Ashdown, "
        "Portfolio Holder for Housing\nQuestion: How many households were placed in bed and breakfast?\n"
        "Reply: During the first quarter 41 households were placed in bed and breakfast.",
        [
            (
                "How many households",
                "councillor owen bradley",
                "During the first quarter",
                "councillor teresa ashdown",
            )
        ],
    )
)


# ... a reply label over no answer keeps the question unanswered
FORMS.append(
    (
        "Asked by: Councillor Victor Okafor\nQuestion: What progress has been made on the purchase of the "
        "police station?\nReply: No reply had been received by the time of publication. A written answer "
        "will be circulated to all Members.",
        [("What progress has been made", "councillor victor okafor", None, None)],
    )
)


# ... and "Supplementary questions" alone on its line heads the follow-ups (its text no reply)
FORMS.append(
    (
        "Question: Will the Portfolio Holder publish the air quality results?\nReply: Yes, in October.\n"
        "Supplementary questions\nCouncillor Bradley asked whether the Council would set a target. "
        "Councillor Ashdown replied that a target would be set in November.",
        [
            ("Will the Portfolio Holder publish", "member", "Yes, in October.", None),
            (
                "Councillor Bradley asked",
                "councillor bradley",
                "Councillor Ashdown replied",
                "councillor ashdown",
            ),
        ],
    )
)


# Irish city council: "Q.1 Cllr. X" over "Question: To ask the Chief Executive ..."; a deferred
# reply is no answer; a follow-up "Arising from the reply to Question 1, ..." (names with fadas)
FORMS.append(
    (
        "Q.2 Cllr. M\u00e1ire Costigan\nQuestion: To ask the Chief Executive if the Council will install a "
        "pedestrian crossing on Main Street.\nReply: A crossing has been included in the 2025 programme.\n"
        "Q.3 Cllr. Ronan McGettigan\nQuestion: To ask the Chief Executive for an update on the flats.\n"
        "Reply: Deferred to the November meeting at the request of the Councillor.\n"
        "Arising from the reply to Question 2, Cllr. Costigan asked when the works would begin. "
        "Mr. Moran, Director of Services, replied that they would begin in March.",
        [
            ("To ask the Chief Executive if", "cllr. m\u00e1ire costigan", "A crossing has been", None),
            ("To ask the Chief Executive for an update", "cllr. ronan mcgettigan", None, None),
            (
                "Arising from the reply to Question 2, Cllr. Costigan",
                "cllr. costigan",
                "Mr. Moran, Director of Services, replied",
                "mr. moran",
            ),
        ],
    )
)


# "Q1. What ...?" is a numbered question, not a label naming who asked
FORMS.append(
    (
        "Q1. What is the cost of the new depot?\nA1. The depot will cost \u00a34.2m.",
        [("What is the cost", "member", "The depot will cost", None)],
    )
)


# scrutiny minutes: a note that questions were asked over the bulleted points, each its own
# question and answer; a service director named with the service after the title
FORMS.append(
    (
        "Following the presentation, Members asked a number of questions and the following points were "
        "noted:\n\u2022 A Member asked whether the number of notices issued had risen; the Head of "
        "Community Safety replied that 57 notices had been issued.\n\u2022 Councillor Petrie asked how "
        "many fixed penalty notices had been issued; the Service Director Neighbourhoods replied that 112 "
        "notices had been issued.",
        [
            (
                "A Member asked whether",
                "member",
                "the Head of Community Safety replied",
                "head of community safety",
            ),
            (
                "Councillor Petrie asked how many",
                "councillor petrie",
                "the Service Director Neighbourhoods replied",
                "service director neighbourhoods",
            ),
        ],
    )
)


# corporate parenting panel minutes in numbered paragraphs: a note that a summary of the
# questions follows, itself no question, then each question and its answer in a paragraph
FORMS.append(
    (
        "7.2 Members of the Panel asked questions and a summary of those questions and answers follows.\n"
        "7.3 Councillor Amos asked what the average caseload was in the children in care teams. The "
        "Assistant Director said that the average caseload was 17 children per social worker.",
        [
            (
                "Councillor Amos asked what the average caseload",
                "councillor amos",
                "The Assistant Director said that the average caseload was 17",
                "assistant director",
            ),
        ],
    )
)


# a written question in parts answered part by part: one exchange per part ...
FORMS.append(
    (
        "Asked by: Councillor Priya Sandhu\nQuestion: (a) When will the garden waste round be restored? "
        "(b) Will subscribers be refunded?\nReply to part (a): The round will resume on 7 October.\n"
        "Reply to part (b): Subscribers will receive a credit on renewal.",
        [
            ("When will the garden waste round", "councillor priya sandhu", "The round will resume", None),
            ("Will subscribers be refunded?", "councillor priya sandhu", "Subscribers will receive", None),
        ],
    )
)


# ... also where a PDF's reflow ran the first part's label onto the question's line
FORMS.append(
    (
        "Question: (a) When will the garden waste round be restored? (b) Will subscribers be refunded? "
        "Reply to part (a): The round will resume on 7 October.\n"
        "Reply to part (b): Subscribers will receive a credit on renewal.",
        [
            ("When will the garden waste round", "member", "The round will resume", None),
            ("Will subscribers be refunded?", "member", "Subscribers will receive", None),
        ],
    )
)


# ... but answered as one, it stays one question in parts
FORMS.append(
    (
        "Question: (a) When will the garden waste round be restored? (b) Will subscribers be refunded?\n"
        "Reply: The round will resume on 7 October and subscribers will receive a credit.",
        [("(a) When will the garden waste round", "member", "The round will resume", None)],
    )
)


# English council minutes: who received a question from whom, then the answer
FORMS.append(
    (
        "The Leader received a question from Councillor Wendy Mottram regarding the condition of the "
        "footpath at Eastcote. In response, she advised that the County Council would inspect it.",
        [
            (
                "a question from Councillor Wendy Mottram",
                "councillor wendy mottram",
                "In response, she advised",
                None,
            )
        ],
    )
)


# NZ regional council minutes: bullets without full stops, then "Cr X asked ..." on its own line
FORMS.append(
    (
        "Ms Moana introduced the item. Discussions highlighted:\n"
        "• 4,200 hectares were surveyed against a target of 3,500 hectares\n"
        "• landowner co-funding has been lower than expected\n"
        "Cr Pennington asked whether landowners who did not contribute would still receive control work. "
        "Staff advised that work on those properties would be deferred.",
        [("Cr Pennington asked whether", "cr pennington", "Staff advised that", "officers")],
    )
)


# ... but an officer receiving a report from a body is no question
FORMS.append(("The Director received a report from the Audit Committee on the accounts.", []))


# a regional assembly's written answers: "Question No: 2024/0812" over the asking member's name
# alone on its line, the question under it, then "Answer from the Mayor" over the answer
FORMS.append(
    (
        "Bus lanes on outer routes\nQuestion No: 2024/0812\nPriya Varma\nWhat progress has been made on "
        "bus lanes since March?\nAnswer from the Mayor\nNine kilometres of bus lanes have been delivered.\n"
        "Docking stations\nQuestion No: 2024/0944\nBen Lowther\nHow many docking stations will open in "
        "2024?\nAnswer from the Mayor\nTwenty new docking stations will open.",
        [
            ("What progress has been made", "priya varma", "Nine kilometres", "mayor"),
            ("How many docking stations", "ben lowther", "Twenty new docking", "mayor"),
        ],
    )
)


# a fire authority's submitted question, its response read out by the chair
FORMS.append(
    (
        "A question had been submitted by Councillor Bramley, who asked what progress had been made in "
        "fitting sprinklers in high-rise buildings. The Chair read out a response stating that 14 of the "
        "22 buildings had been fitted.",
        [("A question had been submitted", "councillor bramley", "The Chair read out a response", "chair")],
    )
)


# ... but a question submitted and read out, its words not minuted, is no exchange by itself
FORMS.append(("A question had been submitted by Mr M Jones and he read the question out at the meeting.", []))


# an answer that only leads in to numbered points which ask and answer for themselves
FORMS.append(
    (
        "In response to questions asked by the Committee, the Mayor responded as follows:\n"
        "1. The Mayor was asked about the timetable for the franchising assessment. The Mayor stated that "
        "it would be audited in the spring.\n"
        "2. Councillor Pryce asked how the fare cap would be funded. The Mayor replied that the bus grant "
        "would fund it.",
        [
            ("1. The Mayor was asked about", "member", "The Mayor stated", "mayor"),
            ("2. Councillor Pryce asked", "councillor pryce", "The Mayor replied", "mayor"),
        ],
    )
)


@pytest.mark.parametrize(("paragraph", "expected"), FORMS, ids=[p[:50] for p, _ in FORMS])
def test_question_forms(nlp, paragraph: str, expected: list) -> None:
    got = find_exchanges(nlp(paragraph))
    assert len(got) == len(expected), [(e.question.text, e.response and e.response.text) for e in got]
    for ex, (q_start, asker, r_start, responder) in zip(got, expected, strict=True):
        assert ex.question.text.startswith(q_start), ex.question.text
        assert ex.question.speaker == asker
        if r_start is None:
            assert ex.response is None and ex.answered is False
        else:
            assert ex.response is not None and ex.answered
            assert ex.response.text.startswith(r_start), ex.response.text
            assert ex.response.speaker == responder


@pytest.mark.parametrize(
    ("paragraph", "answer"),
    [
        (
            "Cllr Fairclough asked whether the water supply had been repaired. The Clerk confirmed that the "
            "pipe had been repaired.\nProposed Cllr Fairclough, seconded Cllr Dunmore, all in favour.",
            "The Clerk confirmed that the pipe had been repaired.",
        ),
        (
            "Member Webb asked whether the reserve would meet the state minimum. Ms. Moreno confirmed "
            "that it would.\nMotion by Webb, second by Haskins, to adopt the report.\nMotion carried 5-0.",
            "Ms. Moreno confirmed that it would.",
        ),
    ],
    ids=["uk_parish_proposed", "us_motion_by"],
)
def test_an_answer_ends_where_a_motion_is_moved(nlp, paragraph: str, answer: str) -> None:
    (ex,) = find_exchanges(nlp(paragraph))
    assert ex.response is not None and ex.response.text == answer


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (["Question", "Response"], (0, 1)),  # NZ committee minutes: questions and responses recorded below
        (["No.", "Query", "Answer"], (1, 2)),
        (["Q", "A"], (0, 1)),
        (["Question", "Officer Response:"], (0, 1)),
        (["Applicant", "Amount", "Decision"], None),  # a grants table, not questions
        (["Question", "Date received"], None),  # no answer column
    ],
)
def test_question_table_columns(nlp, header: list[str], columns: tuple[int, int] | None) -> None:
    assert qa_table_columns(header, nlp.vocab) == columns


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # cells that say who asked and who answered
        (
            "Question\tResponse\nCr Hale asked how many kilometres of road had been resealed.\t"
            "The Roading Manager advised that 41 kilometres had been resealed.",
            [("Cr Hale asked", "cr hale", "The Roading Manager advised", "roading manager")],
        ),
        # a bare question and its answer: the cells as they are
        (
            "Question\tAnswer\nWhen will the pool reopen?\tIn March 2025.",
            [("When will the pool reopen?", "member", "In March 2025.", None)],
        ),
        # a question not yet answered
        ("Query\tResponse\nHow much was spent on consultants?\t", [("How much was spent", None, None, None)]),
        # any other table gives none
        ("Applicant\tDecision\nScouts\tApproved.", []),
    ],
)
def test_question_table_rows(nlp, table: str, expected: list) -> None:
    got = _question_table(table, nlp)
    assert len(got) == len(expected), got
    for ex, (q_start, asker, r_start, responder) in zip(got, expected, strict=True):
        assert ex.question.text.startswith(q_start) and ex.question.speaker == asker
        if r_start is None:
            assert ex.response is None and not ex.answered
        else:
            assert ex.response is not None and ex.response.text.startswith(r_start)
            assert ex.response.speaker == responder
