package io.github.councilplan.examples.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The words of synthetic plans: small lists of council phrases, combined by a seeded
 * {@link Random} into titles, outcome statements, measure names and so on. Every method draws
 * from the random source it is given and from nothing else, so a seed always gives the same words.
 * Stateless and thread-safe (the random source is the caller's).
 */
final class Vocabulary {
    /** Invented places; none is the name of a council. */
    static final List<String> PLACES = List.of("Ashcrofton", "Bramley Vale", "Castlebridge", "Dunmere", "Eastwold",
            "Fernleigh", "Greystone", "Harrowfield", "Ivybridge Marsh", "Kingsmere", "Larkhill", "Millbeck Vale",
            "Northcote", "Oakhurst", "Pendlebury", "Queensford", "Redmarsh", "Stonebury", "Thornbury Heath",
            "Upton Fields", "Westermead", "Yarrowby");

    static final List<String> THEMES = List.of("Enabling", "People", "Place", "Thriving communities",
            "A greener borough", "Good homes", "A strong local economy", "Healthy lives", "Safer neighbourhoods",
            "Children and young people", "Connected places", "A well-run council");

    static final List<String> THEME_DESCRIPTIONS = List.of(
            "Making sure the council is well run, financially sustainable and easy to deal with.",
            "Helping residents of every age to live healthy, independent and fulfilling lives.",
            "Shaping clean, green and safe places that people are proud to call home.",
            "Working with residents and partners so that every community can thrive.",
            "Growing a local economy that offers good jobs and skills for everyone.");

    static final List<String> VALUES = List.of("Listening", "Together", "Open and honest", "Ambitious",
            "Respectful", "Accountable", "Inclusive", "Caring");

    static final List<String> PRINCIPLES = List.of("Tackling inequality", "Acting on climate change",
            "Listening to residents", "Digital by default", "Prevention first", "Working as one council");

    static final List<String> PRINCIPLE_DESCRIPTIONS = List.of(
            "We will think about who gains and who loses from every decision we take.",
            "We will weigh the effect on the climate and on nature in every decision we take.",
            "We will design services with the people who use them.",
            "We will make it simple to deal with us online, and keep other ways open for those who need them.",
            "We will act early, before problems grow and cost more to put right.");

    static final List<String> OBJECTIVES = List.of("Give every child a good start", "Help adults to live well at home",
            "Regenerate our town centres", "Build homes that local people can afford", "Keep our streets clean and safe",
            "Put the council's finances on a sound footing", "Grow a greener local economy",
            "Make services easy to use");

    static final List<String> SUCCESS_MEASURES = List.of("what residents tell us in our annual survey",
            "how many people use the service, and how often", "how quickly we respond", "how many complaints we receive",
            "how much money we save", "how many homes we complete", "how much waste we recycle",
            "how many young people are in work, education or training");

    static final List<String> DO_WELL = List.of("listening to residents and acting on what they tell us",
            "working closely with our partners", "making the best use of our data", "keeping our promises on time",
            "spending every pound wisely", "training and keeping skilled staff");

    static final List<String> PROMISES = List.of("build more homes that people can afford",
            "keep our streets clean and our parks green", "help older people to live well at home",
            "give every child the best start in life", "make the council easier to deal with",
            "balance our budget every year");

    static final List<String> BEHAVIOURS = List.of("we listen before we decide", "we work as one team",
            "we say clearly what we have and have not achieved", "we treat everyone with respect",
            "we learn from what residents tell us", "we take responsibility for our decisions",
            "we make the best use of every pound", "we keep our promises");

    private static final List<String> VERBS = List.of("Deliver", "Expand", "Improve", "Review", "Introduce",
            "Develop", "Modernise", "Redesign", "Launch", "Strengthen", "Extend", "Roll out", "Refresh",
            "Invest in", "Commission", "Co-produce");

    private static final List<String> SERVICES = List.of("community hubs", "the adult social care front door",
            "school transport", "the housing repairs service", "digital customer services", "the library network",
            "street lighting", "family hubs", "the waste and recycling service", "support for unpaid carers",
            "youth services", "the local plan", "parks and open spaces", "the highways maintenance programme",
            "reablement at home", "early help for families", "temporary accommodation", "the leisure estate",
            "town centre regeneration", "the council's property estate", "apprenticeships", "air quality monitoring",
            "domestic abuse services", "the foster carer offer", "special educational needs provision",
            "the council tax support scheme", "active travel routes", "flood defences", "the planning service",
            "public health programmes");

    private static final List<String> QUALIFIERS = List.of("across the borough", "for older residents",
            "with our partners", "in every ward", "for children and families", "in the town centre",
            "so that they are fit for the future", "to reduce demand", "with residents", "in rural areas",
            "to save money", "to cut carbon emissions", "for people with disabilities", "on the estates");

    private static final List<String> PRIORITY_STEMS = List.of("Make", "Help", "Keep", "Support", "Build",
            "Give", "Create", "Protect");

    private static final List<String> PRIORITY_ENDS = List.of("residents safe and well",
            "services accessible and financially sustainable", "neighbourhoods clean and green",
            "children the best start in life", "people to live independently", "a thriving local economy",
            "good quality, affordable homes", "communities resilient and connected", "decisions open and transparent",
            "the workforce skilled and motivated");

    private static final List<String> MORE = List.of("more", "fewer", "better", "safer", "greener", "stronger");

    private static final List<String> OUTCOME_SUBJECTS = List.of("older people living independently at home",
            "people feeling lonely or isolated", "young people in education, employment or training",
            "homes that are warm and affordable", "households in temporary accommodation",
            "residents who feel safe after dark", "children ready for school", "journeys made on foot or by bike",
            "businesses starting up and growing", "residents satisfied with their neighbourhood",
            "missed bin collections", "people supported into work", "streets free of litter",
            "carers who feel supported", "services that residents can use online");

    private static final List<String> MEASURE_STEMS = List.of("Percentage of", "Number of", "Average days for",
            "Proportion of", "Rate of");

    private static final List<String> MEASURE_SUBJECTS = List.of("calls answered within two minutes",
            "household waste sent for reuse, recycling or composting", "new homes delivered",
            "care assessments completed on time", "potholes repaired within 28 days",
            "planning applications decided on time", "children's social care re-referrals",
            "residents satisfied with council services", "complaints answered within 10 working days",
            "invoices paid within 30 days", "people helped to stay in their home", "staff sickness days",
            "library visits", "fly-tipping incidents cleared within 48 hours", "council tax collected");

    private static final List<String> SOURCES = List.of("The council's performance system",
            "The customer contact centre's telephony records", "The housing management system",
            "The social care case management system", "Waste data returns to government", "The finance system");

    private static final List<String> COMMITMENTS = List.of("A reply to every enquiry within ten working days.",
            "Clear information about how to get help.", "Services designed with the people who use them.",
            "A named contact for every family we support.", "Regular updates on how we are doing.",
            "Decisions explained in plain English.", "A visible presence in every neighbourhood.",
            "Value for money in everything we buy.");

    private static final List<String> COMMENTARY = List.of("On track.", "Ahead of schedule.",
            "Recruitment delays have slowed progress.", "Awaiting a decision on grant funding.",
            "Procurement completed; mobilisation under way.", "Consultation closed with strong support.",
            "Contractor shortages have pushed back the start.", "Budget pressures mean the scope is under review.");

    private static final List<String> MILESTONES = List.of("Business case approved", "Consultation completed",
            "Contract awarded", "Pilot launched", "Phase one complete", "Review reported to Cabinet",
            "Service goes live", "Evaluation published", "Staff recruited", "Building works complete");

    static final List<String> PARTNER_KINDS = List.of("Integrated Care Board", "Police", "Fire and Rescue Service",
            "Housing Association", "Chamber of Commerce", "College", "Voluntary Action", "Residents' Forum",
            "Wildlife Trust", "Community Trust", "Business Improvement District", "Youth Council");

    static final List<String> SERVICE_AREAS = List.of("Adult Social Care", "Children's Services", "Housing",
            "Highways", "Waste and Recycling", "Planning", "Customer Services", "Finance", "Public Health",
            "Regeneration", "Libraries and Culture", "Environmental Health", "Education", "Digital and ICT",
            "Property", "Community Safety");

    static final List<String> FIRST_NAMES = List.of("Alex", "Sam", "Priya", "Jordan", "Morgan", "Aisha", "Tom",
            "Grace", "Owen", "Fatima", "Lewis", "Hannah", "Imran", "Chloe", "Daniel", "Zara");

    static final List<String> SURNAMES = List.of("Ashworth", "Bennett", "Chowdhury", "Davies", "Evans",
            "Fletcher", "Goodwin", "Hughes", "Iqbal", "Jennings", "Khan", "Lloyd", "Mercer", "Nwosu", "Okafor",
            "Patel");

    static final List<String> UNITS = List.of("%", "number", "days", "£000", "per 1,000 residents");

    private Vocabulary() {}

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    static String deliverableTitle(Random random) {
        return pick(random, VERBS) + " " + pick(random, SERVICES) + " " + pick(random, QUALIFIERS);
    }

    static String deliverableDescription(Random random) {
        return "This work will " + lowerFirst(pick(random, VERBS)) + " " + pick(random, SERVICES) + " "
                + pick(random, QUALIFIERS) + ", building on what residents told us in the last consultation.";
    }

    static String priorityTitle(Random random) {
        return pick(random, PRIORITY_STEMS) + " " + pick(random, PRIORITY_ENDS) + " " + pick(random, QUALIFIERS);
    }

    static String outcomeStatement(Random random) {
        return pick(random, MORE) + " " + pick(random, OUTCOME_SUBJECTS);
    }

    static String measureName(Random random) {
        return pick(random, MEASURE_STEMS) + " " + pick(random, MEASURE_SUBJECTS);
    }

    static String source(Random random) {
        return pick(random, SOURCES);
    }

    static String commitment(Random random) {
        return pick(random, COMMITMENTS);
    }

    static String commentary(Random random) {
        return pick(random, COMMENTARY);
    }

    static String milestone(Random random) {
        return pick(random, MILESTONES);
    }

    static String person(Random random) {
        return pick(random, FIRST_NAMES) + " " + pick(random, SURNAMES);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
