"""The words the name check knows: titles, given names, and ordinary words that are
often written with a capital in minutes (and so are not names).

Kept as data, one word list a constant, so that an office can read what the
check knows. Words are compared case-folded. The lists are deliberately not
exhaustive: the meeting's own words (its headings, topics, venue, capacities, and
every word it uses in lower case) and the office dictionary add to them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in text.split())


# Titles that stand before a name: what follows is a name, whatever the word.
STRONG_TITLES = _words(
    """
    Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Cllr Councillor Prof Professor Rev Revd
    Reverend PC PCSO DC DS DI DCI DSI DSupt Supt ChSupt Insp Sgt PS SC Det Baroness
    Baron Canon Father Sister Rabbi Imam Judge Justice Hon
    """
)
# Words of rank and office that may stand before a name, or in the name of a body
# or a document ("Chief Constable Review"): a name follows only if the next word
# is no ordinary word.
WEAK_TITLES = _words(
    """
    Sergeant Inspector Constable Superintendent Detective Chief Deputy Assistant
    Officer Commissioner Commander Director Head Special Temporary Acting Captain
    Major Colonel General Agent Minister Mayor Alderman Governor Lieutenant Sheriff High
    """
)
# Small words inside a name: "Ludwig van Beethoven", "Ali bin Hassan".
PARTICLES = _words("van von der den de da di du la le bin binti bint al el ap ter ten")

# Words after a given name that make it a place or a body: "Victoria Street".
PLACE_WORDS = _words(
    """
    Street Road Lane Avenue Drive Close Way Place Square Gardens Terrace Crescent Mews
    Station Hospital Surgery School Academy College University Centre Center Park House Hall
    Court Line Ward Trust Foundation Estate Bridge Gate Cross Church Chapel Cathedral Stadium
    Arena Theatre Museum Library Barracks Prison Airport Harbour Port Council Law Act
    """
)

# Given names common in the United Kingdom. A given name followed by a word with
# a capital is a name ("Sarah Green", "Tom Baker"); alone, it is a name when it
# is not also an ordinary word (see AMBIGUOUS_GIVEN).
GIVEN_NAMES = _words(
    """
    Aaron Abbie Abdul Abdullah Abigail Abu Ada Adam Adrian Ahmed Aidan Aileen Aimee Aisha
    Alan Alana Alastair Albert Alex Alexa Alexander Alexandra Alexis Alfie Alfred Ali Alice
    Alicia Alison Alistair Allan Amanda Amber Amelia Amir Amit Amy Ana Andrea Andrew Andy
    Aneurin Angela Angus Anil Anita Ann Anna Anne Annette Annie Anthony Antonia Antony Anwar
    Archie Arjun Arthur Asha Ashley Ashok Asif Aston Aurora Ava Ayesha Barbara Barry Beatrice
    Becky Belinda Ben Benjamin Bernadette Bernard Beth Bethan Bethany Beverley Bilal Billy
    Blessing Bogdan Brandon Brenda Brendan Brian Bridget Brooke Bryony Caitlin Callum Calum
    Cameron Camilla Cara Carl Carla Carly Carmen Carol Caroline Carolyn Cassie Catherine Cathy
    Cerys Charles Charlie Charlotte Chelsea Cheryl Chidi Chinedu Chloe Chris Christina
    Christine Christopher Ciara Ciaran Claire Clare Clarissa Claudia Colin Connor Conor
    Craig Dafydd Daisy Dale Damian Damien Dan Dana Daniel Daniela Danielle Danny Darren Darius
    Dave David Dawid Debbie Deborah Declan Deepak Dee Delroy Denise Dennis Derek Dermot Desmond
    Dev Devon Dhruv Diana Diane Dominic Donna Dorothy Dougie Douglas Duncan Dylan Eamon Ed
    Eddie Edward Eileen Elaine Eleanor Elena Eli Elias Elijah Elin Elizabeth Ella Ellie
    Elliot Elliott Eloise Elsie Emeka Emily Emma Emmanuel Eric Erin Esther Ethan Eva Eve
    Evelyn Ewan Faisal Farah Fatima Fergus Fiona Finn Florence Francesca Frances Francis
    Freddie Freya Gabriel Gabriella Gareth Gary Gavin Gemma Geoffrey George Georgia Georgina
    Geraint Gerald Gerard Gillian Gina Glen Glenn Gordon Graham Grant Greg Gregory Gurpreet
    Gwen Gwyneth Hamza Hannah Hans Harjit Harold Harriet Harrison Harry Harvey Hassan Hayley
    Hazel Heather Helen Helena Henry Hollie Howard Hugh Hugo Hussain Iain Ian Ibrahim Idris
    Ifeoma Imogen Imran Ioan Irene Isaac Isabel Isabella Isabelle Isla Ismail Ivan Jacob
    Jacqueline Jade Jake Jakub James Jamie Jan Jane Janet Janice Jared Jasmine Jason Jaspal
    Jasper Jayden Jean Jeff Jeffrey Jemima Jennifer Jenny Jeremy Jess Jessica Jill Jim Jimmy
    Jo Joan Joanna Joanne Jodie Joe Joel Joey John Johnny Jon Jonathan Jordan Joseph Josephine
    Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Justin Kaia Kamal Karen Karl Kasia
    Kate Katherine Kathleen Kathryn Katie Katy Kayleigh Keith Kelly Kelvin Ken Kenneth Kerry
    Kevin Khadija Kieran Kim Kirsty Kofi Krishna Kwame Kyle Laura Lauren Lawrence Layla Leah
    Lee Leigh Leila Leo Leon Leonard Lesley Leslie Lewis Liam Lily Linda Lindsay Lisa Liz Lloyd
    Logan Lola Lorna Lorraine Louise Louis Lucas Lucy Luke Lydia Lynn Lynne Madeleine Madison
    Mahmood Mairead Maisie Malcolm Mandeep Mandy Manish Manoj Marcus Margaret Maria Marie
    Marion Marjorie Martin Martina Marek Mary Matilda Matt Matthew Maureen Max Maya Megan
    Mehmet Melanie Melissa Mervyn Mia Michael Michaela Michelle Mick Mike Mohammed Mohammad
    Mohamed Molly Monica Muhammad Mustafa Nadia Naomi Natalie Natasha Nathan Navjot Neha Neil
    Nia Niall Nicholas Nick Nicola Nicole Nigel Nikhil Nina Noah Noor Norman Oliver Olivia
    Omar Oscar Owen Paige Pamela Paolo Patricia Patrick Paul Paula Pauline Pawel Peter Petra
    Philip Phillip Phoebe Piotr Pippa Polly Poppy Priya Rachel Rajesh Rajinder Ravi Rebecca
    Rebekah Reece Rhiannon Rhian Rhodri Rhona Rhys Richard Rick Ricky Rita Rob Robert Robin
    Robyn Rohan Roisin Ronald Rory Rosemary Rosie Ross Rowan Roxanne Ruth Ryan Sabrina Sadia
    Sahil Saima Sally Salma Sam Samantha Samir Samuel Sandeep Sandra Sanjay Sara Sarah Sasha
    Scarlett Scott Sean Seb Sebastian Seren Shabana Shahid Shane Shannon Sharon Shaun Sheila
    Shirley Shona Sian Siobhan Simon Simone Sinead Sofia Sonia Sophie Stacey Stanley Stella
    Stephanie Stephen Steve Steven Stewart Stuart Sunil Susan Suzanne Sylvia Tamara Tanya
    Tara Tariq Teresa Terry Tessa Theo Theresa Thomas Tim Timothy Tina Toby Tom Tomasz Tommy
    Toni Tony Tracey Tracy Trevor Tyler Usman Valerie Vanessa Vicky Victoria Vijay Vikram
    Vincent Viv Vivienne Wayne Wendy Wiktoria William Willow Yasmin Yusuf Yvonne Zac Zach
    Zachary Zainab Zara Zoe Zoë Zofia
    Amit Gurdeep Harpreet Kuldip Manjit Parminder Rupinder Sukhvinder Baljit Tejinder
    Adebayo Adeola Akua Ama Chiamaka Folake Nnamdi Oluwaseun Tunde Yaw Kemi Segun Uche
    Jamal Jamil Kareem Karim Rashid Leroy Marlon Winston Clive Errol Lennox Delia Marcia
    Hyacinth Precious Tendai Tatenda Farai Nkechi Ngozi Chukwuma Obinna Abena Kojo Kwesi
    Agnieszka Katarzyna Magdalena Marta Monika Lukasz Łukasz Krzysztof Michal Tomas Andrius
    Giedre Ionut Andrei Florin Mihai Elena Ioana Alina Vasile Bogdana Darya Olena Oksana
    Irina Svetlana Natalia Dmitri Sergei Yuri Aleksander Mateusz Szymon Wojciech
    Ravinder Balvinder Kulwant Jagdeep Hardeep Amrit Simran Kiran Preeti Pooja Sunita Rekha
    Nisha Anjali Divya Rahul Rohit Vivek Ajay Sanjeev Nadeem Naveed Waqas Zubair Bushra Nazia
    Rukhsana Shazia Sameena Farhan Irfan Adnan Kashif Tahir Zahid Arif Aslam Rizwan Mohsin
    Mei Ling Wei Jun Hui Li Ming Xin Hao Minh Thanh Linh Tuan Hoang
    Seamus Padraig Niamh Aoife Orla Ciaran Eoin Oisin Cillian Darragh Grainne Siobhan Bronagh
    Hamish Morag Ailsa Eilidh Catriona Ruaridh Kirsteen Fraser Ewan Innes
    Gethin Iwan Llinos Carys Ffion Sioned Mared Nerys Emyr Gwilym Huw Dewi Ieuan Meinir
    Bradley Brett Callie Corey Courtney Darcy Demi Ellis Fern Frankie Georgie Harley Jodi
    Kai Kayden Keeley Kian Lacey Leanne Lennon Lexi Macy Marley Mason Millie Nathaniel Nico
    Reggie Riley Ronnie Rosa Sienna Sonny Tegan Tia Tilly Travis Troy Tyrone Vinnie Zak
    """
)
# Given names that are also ordinary words or places: a name only beside a surname.
AMBIGUOUS_GIVEN = _words(
    """
    Amber Angel Autumn Bill Bob Bud Carol Chelsea Crystal Daisy Dale Dawn Dean Dee Devon
    Don Douglas Earl Faith Frank Gene Glen Grace Grant Guy Hazel Heather Holly Hope Ivy
    Jack Jay Jean Jersey Joy June Lily Lincoln Mark Max May Miles Neil Olive Pat Patience
    Penny Petra Poppy Ray Rich Rob Robin Rose Rowan Ruby Sandy Summer Sue Victoria Will
    Willow Florence Chase Hunter Jordan Ashley Brooke Leigh Lee Lynn Kelly Mercy April
    """
)

# Ordinary words often written with a capital in minutes: in the names of bodies,
# plans, posts, places and events. A run of capitalised words holding one of
# them is taken for such a name, not a person's.
COMMON = _words(
    """
    a an the and or of in on at to for from by with without into under over upon about
    after before between during against across through within per via not no yes all any
    each every some other new old this that these those its their our his her we they it
    is are was were be been has have had will would may might can could should must shall
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter New Year
    Spring Summer Autumn Winter Bank Holiday Day Week Month Quarter Annual Financial
    North South East West Northern Southern Eastern Western Central Greater Upper Lower
    Mid Middle Inner Outer Great Little Old New Saint St Royal National Regional Local
    County City Town Borough District Parish Village Metropolitan Rural Urban Coastal
    Street Road Lane Avenue Drive Close Way Place Square Gardens Terrace Crescent Mews Row
    Walk Hill Park Green Wood Woods Field Fields Farm Cross Gate Bridge Court House Hall
    Centre Center Station Hospital Surgery Clinic School Academy College University Campus
    Church Chapel Cathedral Mosque Temple Gurdwara Synagogue Library Museum Theatre Stadium
    Arena Market Shopping Retail Industrial Business Enterprise Estate Port Harbour Airport
    Castle Tower Valley Vale Forest Heath Moor Common Marsh Lake River Canal Island Bay Beach
    Police Force Constabulary Service Services Fire Rescue Ambulance Health Care Social
    Council Councils Authority Authorities Board Committee Panel Group Groups Team Teams
    Unit Units Department Directorate Division Command Office Offices Agency Trust Trusts
    Foundation Partnership Partnerships Network Forum Alliance Association Society Union
    Federation Institute Institution Commission Commissioner Commissioners Inspectorate
    Ombudsman Tribunal Court Courts Crown Magistrates Prison Prisons Probation Youth
    Justice Criminal Crime Crimes Victim Victims Witness Witnesses Offender Offenders
    Offending Reoffending Safety Safer Safe Secure Security Community Communities
    Neighbourhood Neighbourhoods Policing Operation Operations Operational Project Projects
    Programme Programmes Plan Plans Strategy Strategic Policy Policies Review Reviews
    Report Reports Update Updates Briefing Meeting Meetings Conference Summit Event Events
    Festival Fair Show Assurance Accountability Account Holding Performance Delivery
    Improvement Inspection Inspections Audit Audits Scrutiny Governance Finance Financial
    Budget Budgets Estates Estate Fleet People Workforce Training Learning Development
    Professional Standards Standard Complaints Complaint Conduct Misconduct Integrity
    Ethics Ethical Equality Diversity Inclusion Wellbeing Welfare Chief Deputy Assistant
    Executive Officer Officers Head Director Directors Manager Managers Lead Leads Member
    Members Chair Chairman Vice Secretary Treasurer Clerk Adviser Advisor Analyst
    Coordinator Co-ordinator Superintendent Inspector Sergeant Constable Constables Detective
    Special Specials Volunteer Volunteers Staff Investigator Investigation Investigations
    Intelligence Response Control Contact Call Calls Handling Room Rooms Custody Suite
    Domestic Abuse Violence Sexual Serious Organised Exploitation Child Children Young
    Adult Adults Vulnerable Vulnerability Missing Mental Road Roads Traffic Casualty
    Burglary Robbery Theft Fraud Cyber Drugs Drug Knife Knives Weapons Firearms Hate
    Anti-social Antisocial Behaviour Rape Homicide Murder Modern Slavery Trafficking
    Counter Terrorism Prevent Protect Pursue Prepare Contest Emergency Major Critical Incident
    Incidents Management Managing Risk Risks Opportunities Opportunity Reputational Matters
    Arising Business Any Other Date Next Outstanding Items Item Agenda Minutes Notes
    Actions Action Findings Summary Total Recorded Reported Figures Data Digital Technology
    Systems System Information Records Record Transformation Change Efficiency Legitimacy
    Effectiveness Value Money Public Private Voluntary Sector Charity Charities Commercial
    Contract Contracts Procurement Tender Capital Revenue Reserves Precept Grant Funding Fund
    Home Ministry Government Parliament Parliamentary Select Cabinet Treasury Department
    Act Bill Regulations Code Practice Guidance Framework Protocol Agreement Memorandum
    Understanding Charter Scheme Initiative Pilot Campaign Week Awards Award Medal Honours
    King King's Queen Queen's His Majesty's Majesty Inspectorate Constabulary Fire Rescue
    Independent Office Conduct College Policing Chiefs Council Association Crime
    Commissioners Victims Commissioner Domestic Abuse Ombudsman Information Commissioner
    Crown Prosecution Service Legal Aid Coroner Coroners Inquest Inquiry Hearing Appeal
    Body Worn Video Camera Cameras CCTV Mobile Devices Device Vehicle Vehicles Car Cars Van
    Cycle Bike Bus Rail Railway Train Trains Transport British Transport English Welsh
    Scottish Irish Britain England Wales Scotland Ireland Kingdom United European Europe
    International Global Online Virtual Hybrid Teams Zoom Microsoft Google Facebook
    Twitter Instagram Media Press Communications Engagement Consultation Survey Surveys
    Feedback Confidence Satisfaction Trust Perception Public Voice Panel Panels Ethics
    First Second Third Fourth Fifth Last Final Interim Draft Agreed Approved Proposed
    Full Part Whole Joint Shared Single Multi Multi-agency Agency Agencies Hub Hubs Base
    Headquarters HQ Point Line Lines Route Routes Zone Zones Area Areas Ward Wards Patch Beat
    Sector Sectors Region Regions Division Districts Boroughs Counties Towns Cities Villages
    Night Time Economy Evening Weekend Summer Winter Season Seasonal Holiday Holidays
    Schools Colleges Universities Students Student Pupils Parents Families Family Carers
    Housing Homes Home Homeless Homelessness Rough Sleeping Sleepers Shelter Refuge
    Alcohol Substance Misuse Treatment Recovery Support Supporting Services Service Provider
    Providers Commissioning Commissioned Grants Outcome Outcomes Impact Evaluation
    Independent Advisory Custody Visitors Visitor Scheme Appropriate Adults Adult
    Wellbeing Occupational Health Human Resources Resource Resources Payroll Pension
    Pensions Recruitment Retention Uplift Apprenticeship Apprenticeships Degree Entry
    Route Routes Programme Fast Track Direct Now Graduate Graduates Leadership Leaders
    Commander Commanders Gold Silver Bronze Tactical Tactics Tasking Coordination
    Firearms Armed Dogs Dog Horse Horses Mounted Marine Air Support Drone Drones
    Specialist Specialists Capabilities Capability Collaboration Collaborative Alliance
    Regional Organised Unit Units Force Forces Major Investigation Team Teams
    """
)
