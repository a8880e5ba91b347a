package org.cctrainer.sim.scenario;

/** Plausible agent names for generated rosters, the same for the same position every time. */
final class AgentNames {
    private static final String[] FIRST = {
        "Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jamal", "Kate", "Liam",
        "Maya", "Nathan", "Olivia", "Priya", "Quinn", "Ryan", "Sofia", "Tom", "Uma", "Victor", "Wren", "Yusuf",
        "Zara", "Aled", "Bethan", "Callum", "Deepa", "Ewan", "Fatima", "Gareth", "Hannah", "Imran", "Jess",
        "Kieran", "Lucy", "Marcus", "Niamh", "Owen",
    };
    private static final String[] LAST = {
        "Ahmed", "Baker", "Campbell", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan",
        "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Underwood",
        "Vaughan", "Walsh", "Young", "Zielinski", "Ali", "Brown", "Clarke", "Doyle", "Edwards", "Fraser",
        "Gill", "Hall", "Islam", "Jackson", "Kaur", "Lloyd", "Murphy", "Nguyen", "Owusu",
    };

    private AgentNames() {
    }

    static String nameFor(int index) {
        // Strides coprime with 40 walk every first/last pair before repeating one.
        return FIRST[(index * 7) % FIRST.length] + " " + LAST[(index * 13 + index / FIRST.length) % LAST.length];
    }
}
