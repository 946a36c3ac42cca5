"""Motions and votes: every cue row's example matches as it says, and one row per real-world
shape of a minuted motion (names invented) gives the mover, seconder, words, outcome and votes."""

from __future__ import annotations

from typing import Any

import pytest

from minutesmine.models import AgendaItem, Motion, Outcome, Section
from minutesmine.segment.motions import (
    add_motions,
    find_motions,
    opener_rows,
    outcome_rows,
    outcome_words,
    procedural_rows,
    vote_rows,
)

ROWS = [*opener_rows(), *outcome_rows(), *vote_rows()]


@pytest.mark.parametrize("form", ROWS, ids=[f.row.id for f in ROWS])
def test_cue_row_example_matches(form):
    m = form.regex.search(form.row.example)
    assert m is not None, form.row.pattern
    for group, want in form.row.expect.items():
        assert (m.groupdict().get(group) or "").strip() == want


def test_outcome_words_cover_the_outcome_groups():
    assert outcome_words()["carried"].value == "carried"
    assert outcome_words()["defeated"].value == "lost"


# (id, text, expected motions: (text prefix, mover, seconder, outcome, {votes}))
SHAPES = [
    ("parish_proposed_seconded_labels_all_in_favour_it_was_resolved",
     "Proposed: Cllr Amos Seconded: Cllr Reid All in favour\n"
     "It was RESOLVED that the minutes of the meeting held on 9th April 2024 be approved as a true record.",
     [("that the minutes of the meeting held on 9th April 2024", "Cllr Amos", "Cllr Reid", "carried", {})]),
    ("parish_proposed_seconded_labels_counts_resolved_to",
     "Proposed: Cllr Lowe Seconded: Cllr Okoro 4 in favour, 1 against\n"
     "It was RESOLVED to object to the application on the grounds of overdevelopment.",
     [("to object to the application", "Cllr Lowe", "Cllr Okoro", "carried", {"for": 4, "against": 1})]),
    ("police_and_crime_panel_there_voted_for_against",
     "It was moved by Councillor Hale and seconded by Mr Dunn that the proposed precept be supported.\n"
     "Upon being put to the vote, there voted For 6, Against 2, Abstentions 1.\n"
     "RESOLVED that the Panel supports the proposed precept.",
     [("the proposed precept be supported", "Councillor Hale", "Mr Dunn", "carried",
       {"for": 6, "against": 2, "abstain": 1})]),
    ("community_council_text_proposed_as_record_by",
     "The minutes of the meeting held on 11 February 2025 were proposed as a true record by Cllr Evans, "
     "seconded by Cllr Price and unanimously approved.",
     [("The minutes of the meeting held on 11 February 2025", "Cllr Evans", "Cllr Price", "carried", {})]),
    ("uk_moved_seconded_put_to_vote",
     "It was moved by Councillor Ann Patel and seconded by Councillor Tom Reed that the report be noted.\n"
     "On being put to the vote the motion was CARRIED.",
     [("the report be noted", "Councillor Ann Patel", "Councillor Tom Reed", "carried", {})]),
    ("uk_recorded_vote",
     "It was moved by Cllr Hale, seconded by Cllr Moss, that the budget be approved.\n"
     "For (3) Mr A Brown, Mrs C Green, Ms D White\nAgainst (1) Mr E Black\nAbstain (0)\n"
     "The motion was declared carried.",
     [("the budget be approved", "Cllr Hale", "Cllr Moss", "carried",
       {"for": 3, "against": 1, "abstain": 0})]),
    ("uk_amendment_lost",
     "It was moved by Councillor Ruth Ames, seconded by Councillor Leo Kent, as an amendment, that the "
     "words 'be noted' be replaced by 'be deferred'.\nThe amendment was LOST.",
     [("the words 'be noted' be replaced", "Councillor Ruth Ames", "Councillor Leo Kent", "lost", {})]),
    ("uk_moved_and_seconded_without_names",
     "It was moved and seconded that the Minutes of the meeting held on 15 May be confirmed as a correct "
     "record.\n"
     "The vote was taken and the motion was declared carried.",
     [("the Minutes of the meeting held on 15 May be confirmed", None, None, "carried", {})]),
    ("irish_proposed_seconded_and_resolved",
     "Proposed by Councillor Dunne;\nSeconded by Councillor Walsh (P);\nAnd Resolved:\n"
     "\"That, the draft Minutes, as circulated, be taken as read and adopted.\"",
     [("That, the draft Minutes", "Councillor Dunne", "Councillor Walsh (P)", "carried", {})]),
    ("irish_notice_of_motion",
     "I will move at the next Meeting that this Council write to the Minister for Rural Roads.\n"
     "In moving the Motion, Councillor Brophy outlined the need for funding.\n"
     "The Motion was seconded by Councillor Nolan.",
     [("this Council write to the Minister", "Councillor Brophy", "Councillor Nolan", None, {})]),
    ("irish_on_the_proposal_of",
     "On the proposal of Councillor Quinn, seconded by Councillor Lacey, the date of the May Meeting "
     "was re-fixed to Monday, 2nd June.",
     [("the date of the May Meeting was re-fixed", "Councillor Quinn", "Councillor Lacey", "carried", {})]),
    ("irish_recorded_for_against_paragraphs",
     "It was proposed by Councillor Rice, seconded by Councillor Shaw, not to change the frequency.\n"
     "For\nCouncillors Adams, Byrne (T), Cole. (3)\nAgainst\nCouncillors Doyle, Egan. (2)\n"
     "Abstentions\nThere were no abstentions.\nThe Chair declared the proposal as carried.",
     [("not to change the frequency", "Councillor Rice", "Councillor Shaw", "carried",
       {"for": 3, "against": 2, "abstain": 0})]),
    ("canada_numbered_resolution",
     "R2024-101 A. Lowe, B. Grant:\nTHAT we donate $100 to the Fall Fair. Carried.",
     [("THAT we donate $100 to the Fall Fair", "A. Lowe", "B. Grant", "carried", {})]),
    ("canada_escribe_moved_by_blockquote",
     "> **Moved by:** Councillor Pine\n> **Seconded by:** Councillor Oak\n"
     "That the report BE RECEIVED.\nMotion Carried (13 to 2)",
     [("That the report BE RECEIVED", "Councillor Pine", "Councillor Oak", "carried",
       {"for": 13, "against": 2})]),
    ("us_motion_by_passed_count",
     "Motion by Commissioner Vega, seconded by Commissioner Cho, to approve the minutes; motion passed 5-0.",
     [("to approve the minutes", "Commissioner Vega", "Commissioner Cho", "carried",
       {"for": 5, "against": 0})]),
    ("us_made_a_motion_failed",
     "Commissioner Ray Ford made a motion, seconded by Commissioner Lin, to continue the item, and the "
     "motion failed.",
     [("to continue the item", "Commissioner Ray Ford", "Commissioner Lin", "lost", {})]),
    ("us_legistar_record_block",
     "RESULT:\tAPPROVED [UNANIMOUS]\nMOTION BY:\tOrtiz\nSECOND:\tPrice\nAYES:\tOrtiz, Price, Ng\n"
     "ABSENT:\tVale",
     [("APPROVAL OF MINUTES", "Ortiz", "Price", "carried", {"for": 3, "against": 0})]),
    ("us_yeas_nays",
     "By Director Horn.\nResolved, by the Board of Control of the City that all bids are rejected.\n"
     "Yeas: Directors Horn, Lake,\nMoss, and Reid.\nNays: None.",
     [("all bids are rejected", "Director Horn", None, "carried", {"for": 4, "against": 0})]),
    ("us_portland_disposition",
     "Motion to accept the substitute report: Moved by Mayor Banks and seconded by Commissioner Hale. (Y-5)",
     [("accept the substitute report", "Mayor Banks", "Commissioner Hale", "carried", {"for": 5})]),
    ("us_bullet_motion_second",
     "\u2022 Minutes from 10/12/17 meeting approved \u2013 R. Stone (motion), K. Marsh (second)",
     [("Minutes from 10/12/17 meeting", "R. Stone", "K. Marsh", "carried", {})]),
    ("us_bullet_record_without_outcome_word",
     "\u2022 Meeting called to order at 9:05am \u2013 L. Park (motion), D. Wu (second)",
     [("Meeting called to order at 9:05am", "L. Park", "D. Wu", "carried", {})]),
    ("au_nz_moved_seconded_carried",
     "Moved Cr J. Ellis\nSeconded Cr P. Ward\nThat the report be received.\nCARRIED",
     [("That the report be received", "Cr J. Ellis", "Cr P. Ward", "carried", {})]),
    ("uk_moved_seconded_and_resolved_dash",
     "It was moved by Councillor Hart seconded by Councillor Penn and\n"
     "RESOLVED \u2013 That the minutes of the meeting held on 1st May be approved.",
     [("That the minutes of the meeting held on 1st May", "Councillor Hart", "Councillor Penn", "carried",
       {})]),
    ("uk_there_voted_for_dot_leaders",
     "It was moved by Councillor Ryle,\nSeconded by Councillor Dunn,\n"
     "\u201cThat the Minutes be approved.\u201d\n"
     "The Mayor put the Minutes to the Council and they were declared carried by 3 votes, to 2 votes, "
     "with 1 abstention.\nThere voted for the Minutes:\nCouncillors Abel, Bray, Cole ........ 3\n"
     "There voted against the Minutes:\nCouncillors Drew and Eden ......... 2",
     [("That the Minutes be approved", "Councillor Ryle", "Councillor Dunn", "carried",
       {"for": 3, "against": 2, "abstain": 1})]),
    ("uk_moderngov_recorded_vote_table",
     "Moved by Councillor Okoro, seconded by Councillor Lamb, that the budget be approved.\n"
     "Motion status: Carried\nFor\tR H Allen, N Baines and I K Cross\t3\nAgainst\tNone\t0\nAbstain\tNone\t0",
     [("the budget be approved", "Councillor Okoro", "Councillor Lamb", "carried",
       {"for": 3, "against": 0, "abstain": 0})]),
    ("ca_motion_label_moved_by_with_id",
     "MOTION: That the March minutes be adopted.\nMoved by: Dana Frost (ab123)\nSeconded by: Mary Dale\n"
     "VOTE: All in favour",
     [("That the March minutes be adopted.", "Dana Frost", "Mary Dale", "carried", {})]),
    ("au_were_moved_by_carried",
     "The Minutes of the previous meeting were moved by Jon Tate and seconded by Cody Bell. Carried.",
     [("APPROVAL OF MINUTES", "Jon Tate", "Cody Bell", "carried", {})]),
    ("irish_declared_appointed",
     "Proposed by Councillor Nash;\nSeconded by Councillor Hickey-\nO'Brien (T);\n"
     "\"That, Councillor Rose Kane be appointed to the Civic Trust.\"\n"
     "As there were no other nominations, the Chair declared Councillor Rose Kane appointed.",
     [("That, Councillor Rose Kane be appointed", "Councillor Nash", "Councillor Hickey-O'Brien (T)",
       "carried", {})]),
    ("us_disposition_then_next_motion",
     "Motion to accept the substitute: Moved by Commissioner Hale and seconded by Commissioner Ross. "
     "(Y-4) PASSED TO SECOND READING 58 Accept the report Motion to amend the report: Moved by Mayor Banks "
     "and seconded by Commissioner Hale. (Y-4)",
     [("accept the substitute", "Commissioner Hale", "Commissioner Ross", "carried", {"for": 4}),
      ("amend the report", "Mayor Banks", "Commissioner Hale", "carried", {"for": 4})]),
    ("irish_notice_quoted_then_proposed_same_line",
     "I will move at the next Meeting that this Council amend the Plan to include the following: "
     "'Homes be allowed.' The Motion was proposed by Councillor Ruane and seconded by Councillor Moore.\n"
     "And that an inspection be carried out ahead of the works.",
     [("this Council amend the Plan", "Councillor Ruane", "Councillor Moore", None, {})]),
    ("irish_lettered_heading_then_proposal",
     "(g)\nDate for May Meeting\nOn the proposal of Councillor Quinn, seconded by Councillor Lacey, "
     "the date of the May Meeting was re-fixed.",
     [("the date of the May Meeting was re-fixed", "Councillor Quinn", "Councillor Lacey", "carried", {})]),
    ("nz_council_resolved_mover_slash_seconder",
     "Council Resolved CNCL/2024/00080\nThat the apology from Councillor Ngata be accepted.\n"
     "Councillor Rua/Councillor Hall Carried",
     [("That the apology from Councillor Ngata", "Councillor Rua", "Councillor Hall", "carried", {})]),
    ("nz_council_resolved_inline_then_mover_slash_seconder",
     "Council Resolved CNCL/2023/00017 That the apology received from Councillor Hale for lateness "
     "be accepted. Mayor/Deputy Mayor Carried",
     [("That the apology received from Councillor Hale", "Mayor", "Deputy Mayor", "carried", {})]),
    ("nz_moved_mover_pair_motion_carried_reference",
     "Moved (Mayor Ann Tui/Cr Bo Lee):\nThat the Council:\na) Notes the register.\n"
     "Motion carried (CNL/2019/067)",
     [("That the Council:", "Mayor Ann Tui", "Cr Bo Lee", "carried", {})]),
    ("nz_moved_mover_pair_lead_in_over_one_unlettered_point",
     "Moved (Mayor Ann Tui/Cr Bo Lee):\nThat the Council:\nAccepts the apology from Cr Rua.\n"
     "Motion carried (CNL/2024/141)",
     [("That the Council: Accepts the apology from Cr Rua.", "Mayor Ann Tui", "Cr Bo Lee", "carried", {})]),
    ("us_surname_pair_moved_to_in_capitals",
     "VANCE/TRAN MOVED TO AWARD A CONSTRUCTION CONTRACT TO BAYLANDS PAVING. MOTION PASSED. "
     "AYES: VANCE, RUIZ, TRAN. NOES: AMBROSE. ABSENT: NONE.",
     [("TO AWARD A CONSTRUCTION CONTRACT", "VANCE", "TRAN", "carried", {"for": 3, "against": 1})]),
    ("nz_amendment_seconded_and_declared_lost",
     "Councillor Whitley moved an amendment that the rates increase be limited to 6 per cent. The amendment "
     "was seconded by Councillor Liu and on being put to the meeting was declared lost.",
     [("that the rates increase be limited", "Councillor Whitley", "Councillor Liu", "lost", {})]),
    ("nz_division_declared_restates_the_resolution",
     "Council Resolved CNCL/2024/00035\nThat the Council adopts the draft Annual Plan.\n"
     "Mayor/Councillor Parata Carried\n"
     "The division was declared carried by 5 votes to 2 votes the voting being as follows:",
     [("That the Council adopts the draft Annual Plan", "Mayor", "Councillor Parata", "carried",
       {"for": 5, "against": 2})]),
    ("au_resolved_mover_pair_then_outcome_twice",
     "2020/152\nResolved (Cr Ann Marsh / Cr Tom Reid)\nThat the minutes of the meeting be confirmed.\n"
     "The Motion on being put to the meeting was carried unanimously.\nCarried",
     [("That the minutes of the meeting be confirmed", "Cr Ann Marsh", "Cr Tom Reid", "carried", {})]),
    ("au_resolved_on_the_motion_of_clr",
     "RESOLVED unanimously on the motion of Clr Curtin, seconded Clr Simms that an apology be accepted.",
     [("an apology be accepted", "Clr Curtin", "Clr Simms", "carried", {})]),
    ("us_action_minutes_moved_seconded_by",
     "MOTION: Council Member Brooks moved, seconded by Vice Mayor Chen, to approve the Consent Calendar.\n"
     "MOTION PASSED: 5-0",
     [("to approve the Consent Calendar", "Council Member Brooks", "Vice Mayor Chen", "carried",
       {"for": 5, "against": 0})]),
    ("us_motion_failed_with_dissenters",
     "MOTION: Council Member Ruiz moved, seconded by Mayor Diaz, to appoint Ana Cole.\n"
     "MOTION FAILED: 2-3 (Brooks, Chen and Park dissenting)",
     [("to appoint Ana Cole", "Council Member Ruiz", "Mayor Diaz", "lost", {"for": 2, "against": 3})]),
    ("us_carried_with_one_abstaining",
     "MOTION: Case moved, seconded by Mosman, to approve the minutes. "
     "Motion carried 4-0 with Butcher abstaining.",
     [("to approve the minutes", "Case", "Mosman", "carried", {"for": 4, "against": 0})]),
    ("us_moved_and_seconded",
     "Councilmember Ortiz moved and Councilmember Lee seconded to close the public hearing.\n"
     "Motion passed unanimously.",
     [("to close the public hearing", "Councilmember Ortiz", "Councilmember Lee", "carried", {})]),
    ("us_county_moved_adopted_by_a_vote",
     "Supervisor Lane moved that the Board approve the agenda, as amended. "
     "The motion was adopted by a vote of (4-0) with Supervisors Dunmore, Greer, Lane and Whitfield "
     "voting in favor of the motion.",
     [("that the Board approve the agenda", "Supervisor Lane", None, "carried", {"for": 4, "against": 0})]),
    ("us_county_list_point_then_moved_the_board",
     "C. Resolution to Accept a Grant\nSupervisor Whitfield moved the Board adopt all items of the Consent "
     "Agenda. The motion was adopted with Supervisors Dunmore and Lane voting in favor of the motion (2-0).",
     [("the Board adopt all items", "Supervisor Whitfield", None, "carried", {"for": 2, "against": 0})]),
    ("au_wa_carried_by_absolute_majority_with_slash_count",
     "COUNCIL RESOLUTION 2024/020\nMoved: Cr Sandhu\nSeconded: Cr Kurz\nThat Council amend the budget.\n"
     "CARRIED BY ABSOLUTE MAJORITY 4/1",
     [("That Council amend the budget", "Cr Sandhu", "Cr Kurz", "carried", {"for": 4, "against": 1})]),
    ("au_wa_lost_with_slash_count_then_next_resolution",
     "MOTION\nMoved: Cr Ames\nSeconded: Cr Bell\nThat Council refuse the application.\nLOST 2/3\n"
     "COUNCIL RESOLUTION 2024/021\nMoved: Cr Kurz\nSeconded: Cr Park\nThat Council approve the application.\n"
     "CARRIED 3/2",
     [("That Council refuse the application", "Cr Ames", "Cr Bell", "lost", {"for": 2, "against": 3}),
      ("That Council approve the application", "Cr Kurz", "Cr Park", "carried", {"for": 3, "against": 2})]),
    ("us_legistar_record_block_mover_with_title_after_name",
     "RESULT: ADOPTED [UNANIMOUS]\nMOVER: Luis Ferrer, Alderman\nSECONDER: Rita Sousa, Alderman\n"
     "AYES: Ferrer, Pike, Sousa\nEXCUSED: Morrow",
     [("APPROVAL OF MINUTES", "Luis Ferrer", "Rita Sousa", "carried", {"for": 3, "against": 0})]),
    ("ca_bc_defeated_with_members_opposed",
     "MOVED by Councillor Mercier\nSECONDED by Councillor Tanaka\nTHAT Council deny the permit.\nDEFEATED\n"
     "Councillors Brandt, Duval and Mayor Okonkwo opposed",
     [("THAT Council deny the permit", "Councillor Mercier", "Councillor Tanaka", "lost", {"against": 3})]),
    ("us_on_motion_by_and_carried_unanimously",
     "On motion by Commissioner Hale, seconded by Commissioner Ruiz, and carried unanimously, the Board "
     "approved the Consent Agenda.",
     [("the Board approved the Consent Agenda", "Commissioner Hale", "Commissioner Ruiz", "carried", {})]),
    ("us_upon_motion_by_board_voted_counts",
     "Upon motion by Commissioner Hale, seconded by Commissioner Ruiz, the Board voted 2-3 to deny "
     "the variance.",
     [("the Board voted 2-3 to deny", "Commissioner Hale", "Commissioner Ruiz", "lost",
       {"for": 2, "against": 3})]),
    ("us_motion_carried_ayes_nays",
     "It was moved by Trustee Kim and seconded by Trustee Diaz to approve the contract. "
     "Motion carried: 4 ayes, 1 nay (Trustee Moss).",
     [("to approve the contract", "Trustee Kim", "Trustee Diaz", "carried", {"for": 4, "against": 1})]),
    ("us_motion_second_all_ayes",
     "Motion by Sorensen, second by Hall to approve the claims as presented. All ayes. Motion carried.",
     [("to approve the claims as presented", "Sorensen", "Hall", "carried", {})]),
    ("us_motion_made_by_roll_call_vote",
     "Motion made by Council Member Fox, seconded by Council Member Lind, to adopt Resolution 2024-31. "
     "Roll call vote: Ayes: Fox, Lind, Park. Nays: None. Motion carried.",
     [("to adopt Resolution 2024-31", "Council Member Fox", "Council Member Lind", "carried",
       {"for": 3, "against": 0})]),
    ("ca_received_and_filed_dash_carried",
     "Moved by Councillor Rossi, seconded by Councillor Chen, that the report be received and filed. "
     "- Carried",
     [("the report be received and filed", "Councillor Rossi", "Councillor Chen", "carried", {})]),
    ("us_motion_second_vote_labels",
     "MOTION: To approve the site plan. Motion: Smith Second: Jones Vote: 5-0",
     [("To approve the site plan", "Smith", "Jones", "carried", {"for": 5, "against": 0})]),
    ("us_name_moved_name_seconded_voting_no",
     "Alderperson Nash moved, Alderperson Ortiz seconded, to approve the minutes. "
     "Motion passed 6-1, Alderperson Webb voting no.",
     [("to approve the minutes", "Alderperson Nash", "Alderperson Ortiz", "carried",
       {"for": 6, "against": 1})]),
    ("qld_members_voted_against_the_motion",
     "RESOLUTION 2024/03/17\nMoved: Cr Bishop\nSeconded: Cr Cho\nThat Council adopt the program.\n"
     "CARRIED 5/2\nCrs Quinn and Murray voted against the motion.",
     [("That Council adopt the program", "Cr Bishop", "Cr Cho", "carried", {"for": 5, "against": 2})]),
    ("ca_amendment_lost_then_main_motion_voted_on",
     "Motion No. 2024-115\nMoved by: Councillor Varga\nSeconded by: Councillor Abbott\n"
     "That Council approve the Background Study.\nAmendment:\nMotion No. 2024-116\n"
     "Moved by: Councillor Leclair\n"
     "Seconded by: Councillor Singh\nThat the motion be amended to phase in the charges.\nLost (2 to 3)\n"
     "The main motion was then voted on.\nCarried",
     [("That Council approve the Background Study", "Councillor Varga", "Councillor Abbott", "carried", {}),
      ("That the motion be amended", "Councillor Leclair", "Councillor Singh", "lost",
       {"for": 2, "against": 3})]),
    ("uk_proposal_seconded_voted_on",
     "A proposal was made by the Chair to defer the decision to March. The proposal was seconded by "
     "Councillor Amin, voted on and carried.",
     [("to defer the decision to March", "the Chair", "Councillor Amin", "carried", {})]),
    ("uk_parish_proposed_seconded_all_in_favour_then_resolved",
     "Proposed Cllr Pemberton, seconded Cllr Whitaker, all in favour.\n"
     "RESOLVED that the minutes of the meeting held on 13 May 2024 be approved.",
     [("that the minutes of the meeting held on 13 May", "Cllr Pemberton", "Cllr Whitaker", "carried", {})]),
    ("uk_parish_counts_in_favour_against_then_resolved",
     "Proposed Cllr Whitaker, seconded Cllr Pemberton, 5 in favour, 1 against.\n"
     "RESOLVED that a grant of £750 be awarded to the Youth Club.",
     [("that a grant of £750", "Cllr Whitaker", "Cllr Pemberton", "carried", {"for": 5, "against": 1})]),
    ("uk_moved_the_recommendations_which_were_seconded",
     "Councillor Gareth Bowen moved the recommendations in the report, which were seconded by "
     "Councillor Sian Pritchard.",
     [("the recommendations in the report", "Councillor Gareth Bowen", "Councillor Sian Pritchard",
       None, {})]),
    ("uk_amendment_which_was_seconded_lost",
     "Councillor Dafydd Morgan proposed an amendment that the increase in council tax be limited to "
     "5%, which was seconded by Councillor Helen Parry. Upon being put to the vote the amendment was LOST.",
     [("that the increase in council tax be limited to 5%", "Councillor Dafydd Morgan",
       "Councillor Helen Parry", "lost", {})]),
    ("ie_proposed_seconded_and_resolved_then_quoted_words",
     "Proposed by Councillor Daly, Seconded by Councillor Egan and Resolved:\n"
     "\"That the Minutes of the Monthly Meeting, as circulated, be taken as read and adopted.\"",
     [("That the Minutes of the Monthly Meeting", "Councillor Daly", "Councillor Egan", "carried", {})]),
    ("ie_notice_of_motion_seconded_and_agreed",
     "Notice of Motion submitted by Councillor B. Kinsella\n"
     "\"That the District request a pedestrian crossing at Main Street.\"\n"
     "The motion was seconded by Councillor Moloney and agreed.",
     [("That the District request", "Councillor B. Kinsella", "Councillor Moloney", "carried", {})]),
    ("uk_district_bracketed_counts_then_resolved",
     "It was proposed by Councillor Beck and seconded by Councillor Toller that the application be "
     "approved.\n"
     "On being put to the vote (For 5, Against 1, Abstain 0), it was\n"
     "RESOLVED: That planning permission be GRANTED.",
     [("the application be approved", "Councillor Beck", "Councillor Toller", "carried",
       {"for": 5, "against": 1, "abstain": 0})]),
    # a planning committee's vote with nobody named as moving: "On being put to the vote" is
    # no motion's words; the RESOLVED words after it (on its line or the next) are
    ("uk_planning_put_to_the_vote_counts_without_a_mover_then_resolved",
     "The officer recommendation was to grant permission.\n"
     "On being put to the vote (For 5, Against 3, Abstentions 1) it was\n"
     "RESOLVED: That planning permission be granted subject to conditions.",
     [("That planning permission be granted", None, None, "carried",
       {"for": 5, "against": 3, "abstain": 1})]),
    ("uk_planning_put_to_the_vote_counts_and_resolved_on_one_line",
     "On being put to the vote (For 7, Against 2) it was RESOLVED: That planning permission be refused.",
     [("That planning permission be refused.", None, None, "carried", {"for": 7, "against": 2})]),
    ("au_outcome_in_capitals_after_the_words_on_one_line",
     "MOTION\nMoved: Cr Ames\nSeconded: Cr Bell\nThat Council refuse the application. LOST 2/3\n"
     "COUNCIL RESOLUTION 2024/021\nMoved: Cr Kurz\nSeconded: Cr Park\nThat Council approve it.\nCARRIED 3/2",
     [("That Council refuse the application.", "Cr Ames", "Cr Bell", "lost", {"for": 2, "against": 3}),
      ("That Council approve it.", "Cr Kurz", "Cr Park", "carried", {"for": 3, "against": 2})]),
    ("uk_motion_and_amendment_quoted_then_put_with_bracketed_counts",
     "Councillor Quinn moved and Councillor Pryce seconded the following motion:\n"
     "\"This Council asks the Cabinet to review the rural bus subsidy budget this year.\"\n"
     "Councillor Aston moved the following amendment, seconded by Councillor Lowe:\n"
     "\"Delete 'this year' and insert 'as part of the 2025/26 budget'.\"\n"
     "The amendment was put to the vote and was lost (For 12, Against 30, Abstain 2).\n"
     "The motion was then put to the vote and was carried (For 38, Against 4, Abstain 2).",
     [("This Council asks the Cabinet", "Councillor Quinn", "Councillor Pryce", "carried",
       {"for": 38, "against": 4, "abstain": 2}),
      ("Delete 'this year'", "Councillor Aston", "Councillor Lowe", "lost",
       {"for": 12, "against": 30, "abstain": 2})]),
    ("uk_moved_and_seconded_the_recommendation_then_put",
     "Councillor Aston moved and Councillor Yates seconded the recommendation in the report.\n"
     "Following debate the recommendation was put to the vote and was carried.",
     [("the recommendation in the report", "Councillor Aston", "Councillor Yates", "carried", {})]),
    ("ca_resolution_number_moved_by_be_it_resolved_and_further_that",
     "Resolution No. 2024-89\nMoved by: Deputy Mayor Ostrowski\nSeconded by: Councillor Beaulieu\n"
     "BE IT RESOLVED THAT Council receive Report PW-2024-07 for information;\n"
     "AND FURTHER THAT Council approve the 2024 Gravel Road Maintenance Program as presented.\nCARRIED",
     [("Council receive Report PW-2024-07", "Deputy Mayor Ostrowski", "Councillor Beaulieu", "carried", {})]),
    ("uk_recommendation_was_moved_and_seconded_and_on_being_put",
     "The recommendation was moved by Councillor Hale and seconded by Councillor Ross and on being put "
     "to the vote was carried.",
     [("APPROVAL OF MINUTES", "Councillor Hale", "Councillor Ross", "carried", {})]),
    ("uk_moved_seconded_and_resolved_unanimously_in_brackets",
     "It was moved by Councillor Hale, seconded by Councillor Ross and RESOLVED (unanimously) that the "
     "report be noted.",
     [("that the report be noted", "Councillor Hale", "Councillor Ross", "carried", {})]),
    ("uk_name_proposed_and_name_seconded_with_commas",
     "Councillor Ahmed proposed, and Councillor Bell seconded, that the application be refused. On being put "
     "to the vote, the motion was lost.",
     [("that the application be refused", "Councillor Ahmed", "Councillor Bell", "lost", {})]),
    ("uk_parish_labels_then_resolved_then_vote_counts",
     "Proposed: Cllr A Brown\nSeconded: Cllr C Green\nRESOLVED: That the accounts be approved.\n"
     "Vote: For 6, Against 0, Abstain 1",
     [("That the accounts be approved", "Cllr A Brown", "Cllr C Green", "carried",
       {"for": 6, "against": 0, "abstain": 1})]),
    ("us_motion_to_was_made_by",
     "A motion to approve the minutes was made by Trustee Diaz and seconded by Trustee Kim. Motion passed "
     "unanimously.",
     [("to approve the minutes", "Trustee Diaz", "Trustee Kim", "carried", {"against": 0})]),
    ("us_motion_label_name_moved_second_label_vote",
     "Motion: Commissioner Hale moved to approve the agenda. Second: Commissioner Ruiz. Vote: 5-0.",
     [("to approve the agenda", "Commissioner Hale", "Commissioner Ruiz", "carried",
       {"for": 5, "against": 0})]),
    ("us_made_a_motion_then_seconded_by",
     "Director Allen made a motion to adopt Resolution 24-12, seconded by Director Burke. The motion "
     "carried 4-0.",
     [("to adopt Resolution 24-12", "Director Allen", "Director Burke", "carried",
       {"for": 4, "against": 0})]),
    ("ie_on_motion_of_it_was_agreed_that",
     "ON MOTION of Councillor Doyle, seconded by Councillor Egan, it was agreed that the report be adopted.",
     [("the report be adopted", "Councillor Doyle", "Councillor Egan", "carried", {})]),
    ("uk_proposed_then_a_vote_was_taken_for_against",
     "It was proposed by Councillor Doyle and seconded by Councillor Egan that the Council adopt the plan. "
     "A vote was taken: For 10, Against 4. The motion was declared carried.",
     [("the Council adopt the plan", "Councillor Doyle", "Councillor Egan", "carried",
       {"for": 10, "against": 4})]),
    ("nz_local_board_moved_by_seconded_by_colon_then_points",
     "Resolution number KR/2024/64\nMOVED by Member K Webber, seconded by Member P Nair:\n"
     "That the Ridge Local Board:\na) approve a grant of $4,500.\nb) decline the other application.\nCARRIED",
     [("That the Ridge Local Board", "Member K Webber", "Member P Nair", "carried", {})]),
    ("us_company_name_then_seconded_the_motion",
     "Director Fernandez moved to award the contract to Sierra Pipeline Inc. Director Albright seconded the "
     "motion.\nThe motion passed 3-1.",
     [("to award the contract to Sierra Pipeline Inc", "Director Fernandez", "Director Albright", "carried",
       {"for": 3, "against": 1})]),
    ("us_made_a_motion_semicolon_name_seconded",
     "Commissioner Reyes made a motion to approve the variance; Commissioner Hale seconded. The motion "
     "passed unanimously (5-0).",
     [("to approve the variance", "Commissioner Reyes", "Commissioner Hale", "carried",
       {"for": 5, "against": 0})]),
    ("uk_carried_by_votes_to_votes_after_the_outcome_word",
     "A motion was made by Councillor Ford and seconded by Councillor Grey to adopt the budget. On a "
     "recorded vote the motion was carried by 9 votes to 3.",
     [("to adopt the budget", "Councillor Ford", "Councillor Grey", "carried", {"for": 9, "against": 3})]),
    ("us_upon_motion_duly_made_and_seconded",
     "Upon motion duly made and seconded, the Board approved the minutes.",
     [("the Board approved the minutes", None, None, "carried", {})]),
    ("uk_notice_of_motion_submitted_by_then_quoted_words",
     "The following Notice of Motion was submitted by Councillor Dafydd Morgan and seconded by Councillor "
     "Helen Parry:\n\u201cThis Council calls on the Cabinet to review the 20mph speed limit.\u201d\n"
     "Following debate, the motion was put to the vote and was CARRIED.",
     [("This Council calls on the Cabinet", "Councillor Dafydd Morgan", "Councillor Helen Parry",
       "carried", {})]),
    ("uk_planning_moved_refusal_then_recorded_vote_on_the_recommendation",
     "Councillor Kevin Oduya moved refusal of the application on the grounds of highway safety, which was "
     "seconded by Councillor Linda Marsh. On being put to the vote the motion was lost.\n"
     "A recorded vote was taken on the officer recommendation:\n"
     "For: Councillor Gwen Talbot, Councillor Harry Wexford, Councillor Imran Bashir\n"
     "Against: Councillor Kevin Oduya\nAbstain: Councillor Linda Marsh\n"
     "Resolved \u2013 That planning permission be granted subject to the conditions set out in the report.",
     [("refusal of the application on the grounds of highway safety", "Councillor Kevin Oduya",
       "Councillor Linda Marsh", "lost", {}),
      ("That planning permission be granted", None, None, "carried",
       {"for": 3, "against": 1, "abstain": 1})]),
    ("us_iqm2_motion_line_then_result_block",
     "Motion to adopt Resolution 2024-19.\nRESULT: ADOPTED [UNANIMOUS]\n"
     "MOVER: Anika Sorensen, Council Member\nSECONDER: Carlos Mendez, Council Member\n"
     "AYES: Pettit, Mendez, Kowalski, Sorensen, Gallagher\nABSENT: Baptiste",
     [("to adopt Resolution 2024-19", "Anika Sorensen", "Carlos Mendez", "carried",
       {"for": 5, "against": 0})]),
    ("us_county_minute_order_then_moved_by_slash_seconded_by_and_roll_call",
     "Minute Order No. 24-043: Held public hearing; introduced the ordinance by title only.\n"
     "MOVED BY: Hale / SECONDED BY: Ruiz\nAYES: Hale, Ruiz, Lund.\nNOES: Park.\nABSTAIN: None.\n"
     "ABSENT: None.",
     [("Held public hearing; introduced the ordinance", "Hale", "Ruiz", "carried",
       {"for": 3, "against": 1})]),
    ("us_county_minute_order_that_failed",
     "Minute Order No. 24-044: The motion to establish a Climate Advisory Committee failed.\n"
     "MOVED BY: Park / SECONDED BY: Lund\nAYES: Park, Lund.\nNOES: Hale, Ruiz, Fox.\nABSTAIN: None.\n"
     "ABSENT: None.",
     [("The motion to establish a Climate Advisory Committee", "Park", "Lund", "lost",
       {"for": 2, "against": 3})]),
    ("on_regional_numbered_resolution_then_recorded_vote_one_name_a_line",
     "Moved by Councillor Hale, Seconded by Councillor Ross,\n(46) That the tax rates be approved.\n"
     "Carried on the following recorded vote:\nYes\nCouncillor Hale\nCouncillor Ross\nRegional Chair Lund\n"
     "No\nCouncillor Park\nMembers Absent: Councillor Fox\nDeclarations of Pecuniary Interests: None",
     [("That the tax rates be approved", "Councillor Hale", "Councillor Ross", "carried",
       {"for": 3, "against": 1})]),
    ("on_regional_amendment_lost_then_main_motion_put",
     "Moved by Councillor Hale, Seconded by Councillor Ross,\n(47) That the painted design be approved.\n"
     "Moved by Councillor Park, Seconded by Councillor Fox,\n(48) That the foregoing motion be amended by "
     "replacing the painted design with the separated design.\nMotion Lost on the following recorded vote:\n"
     "Yes\nCouncillor Park\nCouncillor Fox\nNo\nCouncillor Hale\nCouncillor Ross\nCouncillor Lund\n"
     "The main motion (47) of Councillors Hale and Ross was then put to a vote and Carried.",
     [("That the painted design be approved", "Councillor Hale", "Councillor Ross", "carried", {}),
      ("That the foregoing motion be amended", "Councillor Park", "Councillor Fox", "lost",
       {"for": 2, "against": 3})]),
    ("sa_resolution_number_alone_between_seconder_and_words",
     "Moved Cr Pike\nSeconded Cr Lim\n2024/061\nThat the minutes of the meeting held on 19 March 2024 be "
     "confirmed.\nCARRIED",
     [("That the minutes of the meeting held on 19 March 2024", "Cr Pike", "Cr Lim", "carried", {})]),
    ("sa_division_those_voting_in_the_affirmative_and_negative",
     "Moved Cr Rossi Seconded Cr Lim\nThat Council approves the removal of the pine.\n"
     "A division was called for by Cr Rossi.\nThose voting in the affirmative: Crs Rossi and Lim\n"
     "Those voting in the negative: Crs Pike, Hale and Mudge\nThe Presiding Member declared the motion LOST.",
     [("That Council approves the removal of the pine", "Cr Rossi", "Cr Lim", "lost",
       {"for": 2, "against": 3})]),
    ("tas_amendment_label_words_replaced_then_motion_put",
     "Moved: Cr Grieve\nSeconded: Cr Esfandi\nThat Council develop a plastic-free events policy.\n\n"
     "Amendment\nMoved: Cr Calder\nSeconded: Cr Fogarty\nThat the words \"events policy\" be replaced with "
     "\"events code\".\nThe amendment was put and LOST.\n\nThe motion was put and CARRIED UNANIMOUSLY.",
     [("That Council develop a plastic-free events policy", "Cr Grieve", "Cr Esfandi", "carried",
       {"against": 0}),
      ("That the words", "Cr Calder", "Cr Fogarty", "lost", {})]),
    ("us_select_board_motion_by_vote_count_without_colon",
     "Motion by Mr. Hale, seconded by Ms. Ruiz, to approve the Common Victualler License for Elm Street "
     "Bakery. Vote 5-0.",
     [("to approve the Common Victualler License", "Mr. Hale", "Ms. Ruiz", "carried",
       {"for": 5, "against": 0})]),
    ("us_select_board_vote_with_abstention_in_brackets",
     "Motion by Mr. Hale, seconded by Ms. Ruiz, to approve the minutes of May 6, 2024 as presented. "
     "Vote 4-0-1 (Lund abstained).",
     [("to approve the minutes of May 6, 2024", "Mr. Hale", "Ms. Ruiz", "carried",
       {"for": 4, "against": 0, "abstain": 1})]),
    ("us_select_board_upon_motion_the_board_voted_label",
     "Upon a motion by Ms. Ruiz and seconded by Mr. Hale, the Board\nVOTED: To accept a gift from the "
     "Friends of the Library for museum passes.\nUnanimous Vote.",
     [("To accept a gift from the Friends of the Library", "Ms. Ruiz", "Mr. Hale", "carried",
       {"against": 0})]),
    ("us_select_board_vote_label_motion_duly_made_board_voted",
     "VOTE: Upon a motion duly made and seconded, the Select Board voted 5-0 to approve the request of "
     "the Historical Society to use the Town Common.",
     [("the Select Board voted 5-0 to approve the request", None, None, "carried",
       {"for": 5, "against": 0})]),
    ("moderngov_issue_page_decision_then_minutes_resolved_is_no_outcome",
     "Decision:\nResolved\n(1) That the Allotments Policy be approved.\n(2) That authority be delegated "
     "to the Director of Place to make minor changes.\nMinutes:\nThe Director of Place submitted a report.\n"
     "Resolved\n(1) That the Allotments Policy be approved.",
     []),
    ("irish_proposed_seconded_and_resolved_still_decides",
     "Proposed by Councillor A. Burke, seconded by Councillor B. Kelly\nThat the report be noted.\n"
     "AND RESOLVED:",
     [("That the report be noted", "Councillor A. Burke", "Councillor B. Kelly", "carried", {})]),
    ("planning_motion_words_before_proposer_vote_line_then_lost",
     "A motion to refuse the application on the grounds of harm to the character of the village was "
     "proposed by Councillor Dunmore and seconded by Councillor Fennell.\n"
     "Voting: For: 4 Against: 6 Abstentions: 1\nThe motion was LOST.\n"
     "A motion to grant the application in accordance with the officer recommendation was proposed by "
     "Councillor Garrow and seconded by Councillor Amies.\nVoting: For: 7 Against: 3 Abstentions: 1\n"
     "RESOLVED: That planning permission be granted subject to the conditions set out in the report.",
     [("to refuse the application", "Councillor Dunmore", "Councillor Fennell", "lost",
       {"for": 4, "against": 6, "abstain": 1}),
      ("to grant the application", "Councillor Garrow", "Councillor Amies", "carried",
       {"for": 7, "against": 3, "abstain": 1})]),
    ("planning_count_before_each_label_under_the_decision",
     "RESOLVED: That planning permission be refused for the reason set out in the report.\n"
     "Voting: 8 \u2013 For 3 \u2013 Against 0 \u2013 Abstentions",
     [("RESOLVED: That planning permission be refused", None, None, "carried",
       {"for": 8, "against": 3, "abstain": 0})]),
    ("schools_forum_group_vote_before_the_resolved_words",
     "On being put to the vote, maintained primary school members voted 4 for, 0 against, "
     "with 1 abstention.\n"
     "RESOLVED: That de-delegation of funding for school improvement in 2025/26 be approved.",
     [("RESOLVED: That de-delegation of funding", None, None, "carried",
       {"for": 4, "against": 0, "abstain": 1})]),
    # English call-in minutes: moved and seconded, then the count as "there were N votes in favour"
    ("call_in_moved_seconded_then_there_were_votes_in_favour",
     "It was moved by Councillor Bhandari and seconded by Councillor Okonjo that the decision be not "
     "referred back to Cabinet.\nOn being put to the vote there were 4 votes in favour, 3 against and no "
     "abstentions.",
     [("the decision be not referred back to Cabinet", "Councillor Bhandari", "Councillor Okonjo",
       "carried", {"for": 4, "against": 3, "abstain": 0})]),
    # London borough budget council: the Leader moves Cabinet's recommendations, an opposition
    # amendment is moved and seconded in one sentence, each put to a recorded vote by name
    ("budget_council_amendment_then_substantive_recorded_votes",
     "The Leader of the Council, Councillor Hartigan, moved the recommendations of Cabinet and Councillor "
     "Calloway seconded them.\nCouncillor Lyle moved and Councillor Moreau seconded an amendment on behalf "
     "of the Opposition Group to reduce the Council Tax increase to 2.99%.\n"
     "FOR: Councillors Dempster, Lyle and Moreau (3)\nAGAINST: Councillors Bashir, Calloway, Hartigan and "
     "Iqbal (4)\nABSTAIN: None (0)\nThe amendment was declared LOST.\n"
     "A recorded vote was then taken on the substantive recommendations:\n"
     "FOR: Councillors Bashir, Calloway, Hartigan and Iqbal (4)\nAGAINST: Councillors Dempster and Lyle (2)\n"
     "ABSTAIN: Councillor Moreau (1)\nThe recommendations were declared CARRIED.",
     [("the recommendations of Cabinet", "Councillor Hartigan", "Councillor Calloway", "carried",
       {"for": 4, "against": 2, "abstain": 1}),
      ("to reduce the Council Tax increase to 2.99%", "Councillor Lyle", "Councillor Moreau", "lost",
       {"for": 3, "against": 4, "abstain": 0})]),
    ("statement_moved_and_seconded_by_its_title",
     "Councillor Iqbal moved and Councillor Jessop seconded the Pay Policy Statement. On being put to the "
     "vote the motion was carried.",
     [("the Pay Policy Statement", "Councillor Iqbal", "Councillor Jessop", "carried", {})]),
    # English parish planning committees: the decision first, its proposer, seconder and vote after
    ("parish_planning_resolved_then_proposed_seconded_vote",
     "61.1 24/503114/FULL Rowan Cottage, Mill Lane - Erection of a two-storey side extension\n"
     "It was RESOLVED to recommend REFUSAL on the grounds of overlooking.\n"
     "Proposed Cllr Tandy, seconded Cllr Shah, 3 in favour, 0 against.\n"
     "61.2 24/503287/HOUSE 14 Orchard Close - Single-storey rear extension\n"
     "It was RESOLVED to submit No Objection.\nProposed Cllr Abery, seconded Cllr Fellowes, all in favour.\n"
     "Clerk to submit the comments.",
     [("to recommend REFUSAL", "Cllr Tandy", "Cllr Shah", "carried", {"for": 3, "against": 0}),
      ("to submit No Objection", "Cllr Abery", "Cllr Fellowes", "carried", {})]),
    # New York town boards: number and title, movers and the vote above "ADOPTED", the words after
    ("new_york_town_board_resolution_votes_then_be_it_resolved",
     "RESOLUTION #121 AUTHORIZE SUPERVISOR TO SIGN AGREEMENT\nMotion by Councilman Stiles\n"
     "Seconded by Councilman Kowal\nVOTES: AYE \u2013 Brennan, Kowal, Okafor, Stiles\nNAY \u2013 0\nADOPTED\n"
     "BE IT RESOLVED, the Town Board does hereby authorize the Supervisor to sign the agreement.",
     [("the Town Board does hereby authorize the Supervisor to sign the agreement.", "Councilman Stiles",
       "Councilman Kowal", "carried", {"for": 4, "against": 0})]),
    # New Zealand district councils (Infocouncil): "Resolution" over the movers with no "by", then
    # a motion that was not resolved, put and declared lost
    ("nz_resolution_moved_seconded_and_resolved_no_by",
     "Resolution\nMoved Cr Huntley, seconded Deputy Mayor Buckley and resolved\n"
     "That Council confirms the minutes of Council held on 30 April 2025.",
     [("That Council confirms the minutes", "Cr Huntley", "Deputy Mayor Buckley", "carried", {})]),
    ("nz_moved_seconded_no_by_put_and_declared_lost",
     "Moved Cr Prentice, seconded Cr Mataira\nThat the library refurbishment be deferred.\n"
     "The motion was put and declared lost.",
     [("That the library refurbishment be deferred.", "Cr Prentice", "Cr Mataira", "lost", {})]),
    # Quebec (English minutes): the resolution's number over one present-tense sentence, a
    # recorded vote on a member's request, the outcome "on division"
    ("quebec_it_is_proposed_seconded_and_resolved_on_division",
     "2025-03-045\nIt is proposed by Councillor Kim Doyle, seconded by Councillor Ana Roy and resolved that "
     "Council award the contract for road sweeping.\nCouncillor Lea Brun requests a vote.\n"
     "Voted for: Councillors Roy, Doyle and Lavoie\nVoted against: Councillor Brun\nCARRIED ON DIVISION",
     [("that Council award the contract for road sweeping", "Councillor Kim Doyle", "Councillor Ana Roy",
       "carried", {"for": 3, "against": 1})]),
    # an Irish Strategic Policy Committee puts what was agreed first, its proposer and seconder after
    ("irish_spc_minutes_were_proposed_seconded_and_agreed",
     "The minutes of the Housing SPC Meeting of the 23rd May 2024 were proposed by Cllr P. Nolan, "
     "seconded by Cllr A. Ward and AGREED.",
     [("The minutes of the Housing SPC Meeting of the 23rd May 2024", "Cllr P. Nolan", "Cllr A. Ward",
       "carried", {})]),
    # a PDF's line wraps a lead-in inside the council's name: "Council:" is no label of its own
    ("nz_committee_recommends_that_council_wrapped_before_its_colon",
     "ECC15/24 The Committee recommends that Kahurangi Regional\nCouncil:\n1. Approves the plan change.\n"
     "2. Delegates minor amendments.\nLindqvist/Tuhoe\nCARRIED",
     [("recommends that Kahurangi Regional Council: 1. Approves the plan change.", "Lindqvist", "Tuhoe",
       "carried", {})]),
    # Pennsylvania borough councils: the seconder and a bare "all ayes" in a sentence of their own,
    # then the count ("Motion carried 6-0.") of the same motion
    ("pa_borough_made_a_motion_then_motion_was_seconded_all_ayes_carried_count",
     "Councilman Yoder made a motion to approve the minutes of the January 8, 2024, Council Meeting. "
     "Motion was seconded by Councilwoman Hurst, all ayes. Motion carried 7-0.",
     [("to approve the minutes of the January 8, 2024, Council Meeting", "Councilman Yoder",
       "Councilwoman Hurst", "carried", {"for": 7, "against": 0})]),
    ("pa_borough_made_a_motion_at_pm_then_seconded_in_the_same_sentence",
     "Councilwoman Hurst made a motion to adjourn at 8:40 P.M. Motion was seconded by Councilman Yoder, "
     "all ayes. Motion carried 7-0.",
     [("to adjourn at 8:40 P.M", "Councilwoman Hurst", "Councilman Yoder", "carried",
       {"for": 7, "against": 0})]),
    # Northern Territory regional councils: the resolution's number, movers and outcome over its points
    ("nt_numbered_resolved_mover_pair_carried_over_lettered_points",
     "101/2024 RESOLVED (Keith Dunn/Ann Roe) Carried\n"
     "(a) That Council accept the apology from Councillor Lee.",
     [("That Council accept the apology from Councillor Lee.", "Keith Dunn", "Ann Roe", "carried", {})]),
]


@pytest.mark.parametrize("text,expected", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_motion_shapes(text, expected):
    found = find_motions(text, "APPROVAL OF MINUTES")
    assert len(found) == len(expected), [m.text for m in found]
    for m, (words, mover, seconder, outcome, votes) in zip(found, expected, strict=True):
        assert m.text.startswith(words) or words in m.text
        assert (m.mover, m.seconder) == (mover, seconder)
        assert (m.outcome.value if m.outcome else None) == outcome
        got = m.votes.model_dump(by_alias=True)
        assert {k: got[k] for k in votes} == votes


NOT_MOTIONS = [
    ("resolution_without_vote", "RESOLVED: That the report be noted."),
    ("motion_to_in_narrative", "The motion to defer was discussed at length by members."),
    ("narrative_carried_out", "The works were carried out in 2025 and the report was presented."),
    ("for_a_discussion", "For a discussion of agenda items, please consult the recording."),
    ("for_information_after_motion",
     "Moved by Cllr Fox, seconded by Cllr Hart, that X be noted.\nFor Information"),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_MOTIONS], ids=[i for i, _ in NOT_MOTIONS])
def test_not_motions_nor_votes(text):
    assert all(not m.recorded for m in find_motions(text, "Item"))
    assert not any(m.text.startswith(("RESOLVED", "The works", "For a")) for m in find_motions(text, "Item"))


def test_disposition_alone_is_the_items_motion():
    (m,) = find_motions("(Ordinance) (Y-5) 184355", "Pay claim of Jane Doe")
    assert (m.text, m.outcome.value, m.votes.for_) == ("Pay claim of Jane Doe", "carried", 5)


def test_amendment_then_motion_dispositions():
    text = ("(Report) 15 minutes requested Motion to accept substitute report: Moved by Mayor Banks "
            "and seconded by Commissioner Hale. (Y-5) (Y-5) ACCEPTED AS AMENDED")
    found = find_motions(text, "Accept the Report")
    assert [(m.text, m.kind.value, m.votes.for_) for m in found] == [
        ("accept substitute report", "amendment", 5), ("Accept the Report", "motion", 5)]


def test_bracketed_note_is_not_the_motion():
    (m,) = find_motions("(Second Reading Agenda 12)\n(Y-5) 184353", "Call for bids")
    assert m.text == "Call for bids"


def test_recorded_votes_by_name():
    (m,) = find_motions("Moved by Cllr Fox, seconded by Cllr Hart, that X be approved.\n"
                        "AYES: Fox, Hart\nNOES: Lee\nABSENT: Kim\nCarried.", "Item")
    assert [(r.name, r.vote.value) for r in m.recorded] == [
        ("Fox", "for"), ("Hart", "for"), ("Lee", "against"), ("Kim", "absent")]


def test_roll_call_vote_with_counts_after_the_colon():
    """Alberta eScribe minutes: "ROLL CALL VOTE" over "For: (4)Mayor A, ..." (the count in
    brackets after the colon, the first name run on to it) and "MOTION DEFEATED"."""
    (m,) = find_motions("Moved by Councillor Dion\nSeconded by Councillor Roy\n"
                        "That Council waive the patio permit fees.\nROLL CALL VOTE\n"
                        "For: (2)Councillor Dion, and Councillor Roy\n"
                        "Against: (3)Mayor Hall, Councillor Fay, and Councillor Lam\nMOTION DEFEATED", "Item")
    assert (m.outcome.value, m.votes.for_, m.votes.against) == ("lost", 2, 3)
    assert [(r.name, r.vote.value) for r in m.recorded] == [
        ("Councillor Dion", "for"), ("Councillor Roy", "for"), ("Mayor Hall", "against"),
        ("Councillor Fay", "against"), ("Councillor Lam", "against")]


def test_dissenters_named_in_brackets_after_the_count() -> None:
    """US town minutes: "Motion failed 2-3 (Doyle, Whitcomb and Nguyen opposed)." names who voted
    against after the count; the count stays the tally."""
    (m,) = find_motions("Motion by Mr. Okafor, seconded by Ms. Lund, to authorize the design plans. "
                        "Motion failed 2-3 (Doyle, Hale and Ruiz opposed).", "Item")
    assert (m.outcome.value, m.votes.for_, m.votes.against) == ("lost", 2, 3)
    assert [(r.name, r.vote.value) for r in m.recorded] == [
        ("Doyle", "against"), ("Hale", "against"), ("Ruiz", "against")]


def test_dissenter_named_with_a_bare_no_in_brackets() -> None:
    """California minutes: "Motion carried 4-1 (Whitcomb no)." names the one who voted no."""
    (m,) = find_motions("MOTION: Mayor Pro Tem Okoro moved, seconded by Councilmember Lindqvist, to adopt "
                        "Resolution No. 2024-61. Motion carried 4-1 (Whitcomb no).", "Rates")
    assert (m.outcome.value, m.votes.for_, m.votes.against) == ("carried", 4, 1)
    assert [(r.name, r.vote.value) for r in m.recorded] == [("Whitcomb", "against")]


def test_irish_mover_and_seconder_with_cllr_and_a_fada() -> None:
    """Irish minutes: "Proposed by Cllr. Kiernan, seconded by Cllr. Ó Riain:" over the quoted
    motion; "On the proposal of Cllr. Brennan, seconded by Cllr. Kiernan, the minutes ..."."""
    (m,) = find_motions('Proposed by Cllr. Kiernan, seconded by Cllr. Ó Riain:\n"That the Council calls '
                        'on the Minister to increase the grant."\nThe motion was agreed.', "Motion")
    assert (m.mover, m.seconder, m.outcome.value) == ("Cllr. Kiernan", "Cllr. Ó Riain", "carried")


def test_an_attendance_list_does_not_run_into_the_first_motion() -> None:
    """The last name of an attendance section, with no full stop, ends with its section: the
    first item's "On the proposal of ..." under it is a motion of its own."""
    item = AgendaItem(title="CONFIRMATION OF MINUTES", sections=[
        Section(kind="attendance", text="IN ATTENDANCE:\nMs. Niamh Tobin, Meetings Administrator"),
        Section(kind="minutes", text="On the proposal of Cllr. Brennan, seconded by Cllr. Kiernan, the "
                                     "minutes of the meeting held on 9 September 2024 were confirmed.")])
    add_motions(item)
    assert [(m.mover, m.seconder) for m in item.motions] == [("Cllr. Brennan", "Cllr. Kiernan")]


def test_one_members_vote_against_put_on_record():
    """NZ minutes: "Councillor X requested that his vote against the resolution be recorded."
    names one member's vote; it is a recorded vote, not a tally of the division."""
    (m,) = find_motions("Council Resolved CNCL/2024/00033\nThat the Council adopts the plan.\n"
                        "Councillor Rua/Councillor Hall Carried\n"
                        "Councillor Whitley requested that his vote against the resolution be recorded.",
                        "Plan")
    assert [(r.name, r.vote.value) for r in m.recorded] == [("Councillor Whitley", "against")]
    assert (m.votes.for_, m.votes.against) == (None, None)


def test_carried_motion_joins_resolutions_once():
    item = AgendaItem(title="Grants", sections=[Section(kind="minutes", text=(
        "Moved by Cllr Fox\nSeconded by Cllr Hart\nThat the grant be approved.\nCARRIED"))])
    item.resolutions = ["That the grant be approved."]
    add_motions(item)
    assert len(item.motions) == 1 and item.resolutions == ["That the grant be approved."]
    item.resolutions = []
    add_motions(item)
    assert item.resolutions == ["That the grant be approved."]


def test_motion_lost_on_a_division_after_its_section_is_no_resolution() -> None:
    """NZ minutes: "Motion" / "Moved: ..." / "Seconded: ..." / "That Council defers ...", then
    "Division" with the votes and "The motion was LOST" in the next section: the words read as a
    resolution leave the item's resolutions; the resolution then carried stays."""
    item = AgendaItem(title="Plant Renewal", sections=[
        Section(kind="resolution",
                text="Moved: Cr Ann Hale\nSeconded: Cr Bo Kerr\nThat Council defers the renewal."),
        Section(kind="minutes", text="Division\nFor: Cr Hale, Cr Kerr\nAgainst: Mayor Lee, Cr Ng, Cr Pau\n"
                "The motion was LOST"),
        Section(kind="resolution",
                text="Moved: Cr Ng\nSeconded: Cr Pau\nThat Council approves the renewal.\nCARRIED"),
    ])
    item.resolutions = ["That Council defers the renewal.", "That Council approves the renewal."]
    add_motions(item)
    assert [(m.text, m.outcome.value) for m in item.motions] == [
        ("That Council defers the renewal.", "lost"), ("That Council approves the renewal.", "carried")]
    assert item.resolutions == ["That Council approves the renewal."]


@pytest.mark.parametrize(
    ("after", "resolutions"),
    [
        # the minutes' own "RESOLVED" right after the motion states the decision once
        ("RESOLVED \u2013 That the Cabinet be asked to review the limit.", ["That the Cabinet be asked"]),
        # ... also when its points are numbered under "RESOLVED:" on a line of its own (call-in minutes)
        ("RESOLVED:\n(1) That the Cabinet be asked to review the limit.", ["RESOLVED:\n(1) That"]),
        # a record block after it is no decision in words: the motion's words are the resolution
        # (listed where they come in the text, before the block)
        ("RESULT: APPROVED [UNANIMOUS]", ["This Council calls on the Cabinet", "RESULT: APPROVED"]),
    ],
)
def test_a_carried_motion_restated_by_the_next_resolved(after: str, resolutions: list[str]) -> None:
    item = AgendaItem(
        title="Notice of Motion",
        sections=[
            Section(
                kind="minutes",
                text="The following Notice of Motion was submitted by Councillor Morgan and seconded by "
                "Councillor Parry:\n\u201cThis Council calls on the Cabinet to review the limit.\u201d\n"
                "Following debate, the motion was put to the vote and was CARRIED.",
            ),
            Section(kind="resolution", text=after),
        ],
    )
    item.resolutions = [after.split(" \u2013 ")[-1]]
    add_motions(item)
    assert [m.outcome.value for m in item.motions if m.outcome] == ["carried"]
    assert [r[: len(w)] for r, w in zip(item.resolutions, resolutions, strict=True)] == resolutions


def test_members_voting_no_in_the_outcome_sentence() -> None:
    (m,) = find_motions(
        "Mayor Pro Tem Cho moved to approve Ordinance No. 2024-11. Councilmember Salinas seconded the "
        "motion. The motion carried 5-1, with Councilmember Ruiz voting no.",
        "Rezoning",
    )
    assert (m.outcome, m.votes.for_, m.votes.against) == (Outcome.carried, 5, 1)
    assert [(r.name, r.vote.value) for r in m.recorded] == [("Councilmember Ruiz", "against")]


def test_an_instrument_named_amendment_is_no_amendment_to_the_motion() -> None:
    """US planning commissions approve a "Zoning Text Amendment": the motion is a motion."""
    (m,) = find_motions(
        "Motion by Commissioner Shah, seconded by Commissioner Carver, to adopt Resolution No. PC 2024-08 "
        "recommending that the City Council approve Zoning Text Amendment ZTA-2024-01. Motion carried 4-1.",
        "Accessory dwelling units",
    )
    assert m.kind.value == "motion" and m.outcome is Outcome.carried


def test_members_voting_against_after_the_count_and_a_comma() -> None:
    """Texas commissioners courts: "Motion carried 4-1, Commissioner Langley voting against."
    names the dissenter after the count without "with"; the count stays the tally."""
    (m,) = find_motions(
        "Motion by Commissioner Whitfield, seconded by Commissioner Estrada, to approve Order No. 2024-031 "
        "awarding the bid. Motion carried 4-1, Commissioner Langley voting against.",
        "Road base material",
    )
    assert (m.outcome, m.votes.for_, m.votes.against) == (Outcome.carried, 4, 1)
    assert [(r.name, r.vote.value) for r in m.recorded] == [("Commissioner Langley", "against")]


@pytest.mark.parametrize(
    ("outcome", "counts", "recorded"),
    [
        ("Motion carried 5-2, Councilman Yoder and Councilwoman Hurst opposed.", (5, 2),
         [("Councilman Yoder", "against"), ("Councilwoman Hurst", "against")]),
        ("Motion failed 2-5, Councilman Yoder and Vice President Grove in favor.", (2, 5),
         [("Councilman Yoder", "for"), ("Vice President Grove", "for")]),
    ],
)
def test_pa_borough_members_named_after_the_count(
    outcome: str, counts: tuple[int, int], recorded: list[tuple[str, str]]
) -> None:
    """Pennsylvania borough councils name the minority after the count and a comma, with a bare
    "opposed" or "in favor"."""
    (m,) = find_motions(
        "Councilwoman Hurst made a motion to award the paving contract to Ridge Asphalt Inc. "
        f"Motion was seconded by Councilman Pike. {outcome}",
        "Paving contract",
    )
    assert (m.votes.for_, m.votes.against) == counts and m.seconder == "Councilman Pike"
    assert [(r.name, r.vote.value) for r in m.recorded] == recorded


def test_vote_against_recorded_in_the_outcome_sentence() -> None:
    """NZ minutes: "Motion carried (CNL/2024/144) with Cr X recording his vote against."."""
    (m,) = find_motions(
        "Moved (Cr Ana Brook/Cr Hemi Fox):\nThat the Council:\na) Adopts the Dog Control Policy 2024.\n"
        "Motion carried (CNL/2024/144) with Cr Peter Yates recording his vote against.",
        "Dog Control Policy",
    )
    assert m.outcome is Outcome.carried and m.text.startswith("That the Council: a) Adopts")
    assert [(r.name, r.vote.value) for r in m.recorded] == [("Cr Peter Yates", "against")]


def test_motion_json_uses_contract_names():
    m = Motion(text="That X", votes={"for": 2})
    assert '"for":2' in m.model_dump_json()


def test_numbered_motion_with_be_it_resolved_received_and_adopted() -> None:
    """A "Motion No." heading, mover and seconder on one line without a stop, then "Be it
    resolved that ... be received and adopted." and "Carried.": one carried motion, whose
    words keep "and adopted" (a verb of the text, not its outcome)."""
    [m] = find_motions(
        "Motion No. C200715-1\nMoved by Scott, Seconded by Hough\n"
        "Be it resolved that the agenda for the meeting of July 15, 2020 be received and adopted.\nCarried."
    )
    assert (m.mover, m.seconder, m.outcome.value) == ("Scott", "Hough", "carried")
    assert m.text.endswith("be received and adopted.")


@pytest.mark.parametrize("row", procedural_rows(), ids=lambda r: r[0])
def test_every_procedural_motion_row_matches_its_example(row: tuple[str, Any, str]) -> None:
    _, regex, example = row
    assert regex.search(example)


@pytest.mark.parametrize(
    ("text", "in_resolutions"),
    [
        ("Moved by Cllr A. Reid, seconded by Cllr B. Kaur, to adjourn the meeting for 15 minutes. Carried.",
         False),
        ("Proposed by Cllr Ryan, seconded by Cllr Daly, that Standing Order No. 4 be suspended. Agreed.",
         False),
        ("Moved by Cllr A. Reid, seconded by Cllr B. Kaur, that the report be noted. Carried.", True),
    ],
)
def test_procedural_motions_are_not_resolutions(text: str, in_resolutions: bool) -> None:
    item = AgendaItem(title="Budget 2025", sections=[Section(kind="minutes", text=text)])
    add_motions(item)
    assert item.motions and item.motions[0].outcome.value == "carried"
    assert bool(item.resolutions) == in_resolutions


def test_nomination_moved_and_seconded_with_bare_initials() -> None:
    """UK printed minutes write initials without full stops ("Mr J H Smith"); a nomination
    moved and seconded, then RESOLVED, is one carried motion whose words are the resolution."""
    [m] = find_motions(
        "The nomination of Mr A P Miller was moved by Mr J H Smith and seconded by Mrs E A Eyre. "
        "There were no other nominations.\nRESOLVED that Mr A P Miller be elected Chairman of the Council.",
        "Chairman",
    )
    assert (m.mover, m.seconder, m.outcome.value) == ("Mr J H Smith", "Mrs E A Eyre", "carried")
    assert m.text.startswith("that Mr A P Miller be elected Chairman")


def test_australian_resolution_block_with_points() -> None:
    """"RESOLUTION 2023/43 / Moved: Cr X / Seconded: Cr Y / That Council: / 1. ... / 2. ... /
    CARRIED", then the next line: the motion is carried, and the item's resolutions are its
    points (the lead-in "That Council:" is not one)."""
    text = (
        "RESOLUTION 2023/43\nMoved: Cr P Lee\nSeconded: Cr K Brown\nThat Council:\n"
        "1. Adopt the Road Resurfacing Program 2023/24.\n2. Note that 14 kilometres will be resurfaced.\n"
        "CARRIED\nThe meeting closed at 7.15pm."
    )
    points = ["Adopt the Road Resurfacing Program 2023/24.", "Note that 14 kilometres will be resurfaced."]
    item = AgendaItem(
        title="Road Resurfacing Program", sections=[Section(kind="minutes", text=text)], resolutions=points
    )
    add_motions(item)
    [m] = item.motions
    assert (m.mover, m.seconder, m.outcome.value) == ("Cr P Lee", "Cr K Brown", "carried")
    assert len(item.resolutions) == 2


@pytest.mark.parametrize("closing", ["CARRIED", "Motion Lost.", "TABLED", "The motion was negatived."])
def test_an_outcome_alone_on_its_line_ends_the_motion(closing: str) -> None:
    """An outcome word alone on a line (a row of motion_outcome_words.jsonl with closes_unit)
    ends the motion: the next line, a second motion, is not joined to it."""
    text = (
        "Moved: Cr A Hill\nSeconded: Cr B Stone\nThat the tender be awarded to Acme Pty Ltd\n"
        f"{closing}\nMoved: Cr C Park\nSeconded: Cr D Lane\nThat the fees be adopted.\nCARRIED"
    )
    item = AgendaItem(title="Tenders", sections=[Section(kind="minutes", text=text)])
    add_motions(item)
    first, second = item.motions
    assert (first.mover, second.mover) == ("Cr A Hill", "Cr C Park")
    assert not first.text.endswith(("Park", "Lane"))


# a recorded vote laid out as columns headed by the votes (CMIS and ModernGov pages): (table, votes)
VOTE_COLUMN_TABLES = [
    ("For\tAgainst\tAbstain\nCllr Ann Lee\tCllr Bo Kim\tCllr Cy Ng\nCllr Di Roe\t\t",
     {"for": 2, "against": 1, "abstain": 1}),
    ("Ayes\tNays\nLee\tKim\nRoe\tNg\nPark\t", {"for": 3, "against": 2}),
]


@pytest.mark.parametrize(("table", "votes"), VOTE_COLUMN_TABLES)
def test_vote_columns_table_gives_the_recorded_vote(table, votes):
    item = AgendaItem(title="Application 24/0112/FUL", sections=[
        Section(kind="minutes",
                text="It was moved by Cllr Hale, seconded by Cllr Moss, that permission be granted."),
        Section(kind="table", text=table),
        Section(kind="minutes", text="The motion was declared carried."),
    ])
    add_motions(item)
    (m,) = item.motions
    got = m.votes.model_dump(by_alias=True)
    assert {k: got[k] for k in votes} == votes
    assert m.outcome is Outcome.carried


def test_a_table_not_headed_by_votes_is_no_vote_list():
    item = AgendaItem(title="Fees", sections=[
        Section(kind="minutes",
                text="It was moved by Cllr Hale, seconded by Cllr Moss, that the fees be approved."),
        Section(kind="table", text="Fee\tFor 2024/25\nStreet trading\t£450"),
    ])
    add_motions(item)
    assert [m.votes.model_dump(by_alias=True)["for"] for m in item.motions] == [None]


def test_foregoing_motion_of_named_movers_be_amended_is_an_amendment() -> None:
    """Ontario: "That the foregoing motion of Councillors A and B be amended by ..." is an
    amendment to the motion before it."""
    main, amendment = find_motions(
        "Moved by Councillor Hale, Seconded by Councillor Ross,\n(47) That the painted design be approved.\n"
        "Moved by Councillor Park, Seconded by Councillor Fox,\n(48) That the foregoing motion of "
        "Councillors Hale and Ross be amended by replacing the painted design.\nMotion Lost",
        "Item",
    )
    assert (main.kind.value, amendment.kind.value) == ("motion", "amendment")


def test_a_vote_count_of_none_takes_no_names_after_it() -> None:
    """New York town boards: "NAY – 0" over "ADOPTED": nobody voted nay, so the outcome under the
    count is no member's name."""
    (m,) = find_motions(
        "Motion by Councilman Kowal\nSeconded by Councilwoman Okafor\n"
        "VOTES: AYE \u2013 Brennan, Kowal, Okafor\nNAY \u2013 0\nADOPTED",
        "Item",
    )
    recorded = [(r.name, r.vote.value) for r in m.recorded]
    assert recorded == [("Brennan", "for"), ("Kowal", "for"), ("Okafor", "for")]
    assert (m.outcome.value if m.outcome else None, m.votes.against) == ("carried", 0)
