package fr.cdg.medtravail.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Jobs of territorial agents by kind of employer, with how often they occur, whether they are administrative (a nurse
 * may do the hiring visit) and the share of holders under special medical surveillance (SMP: firearms, care work,
 * exposure to noise, night or chemical risks).
 */
final class Posts {

    record Post(String name, int weight, boolean administrative, double smpShare) {
    }

    private final List<Post> posts;
    private final int totalWeight;

    private Posts(List<Post> posts) {
        this.posts = posts;
        this.totalWeight = posts.stream().mapToInt(Post::weight).sum();
    }

    static final Posts COMMUNE = new Posts(List.of(
            new Post("Agent d'entretien", 14, false, 0.05),
            new Post("ATSEM", 8, false, 0.0),
            new Post("Agent de voirie", 6, false, 0.3),
            new Post("Policier municipal", 3, false, 1.0),
            new Post("Auxiliaire de puériculture", 4, false, 1.0),
            new Post("Secrétaire de mairie", 2, true, 0.0),
            new Post("Adjoint administratif", 11, true, 0.0),
            new Post("Agent d'accueil", 3, true, 0.0),
            new Post("Rédacteur territorial", 3, true, 0.0),
            new Post("Attaché territorial", 2, true, 0.0),
            new Post("Jardinier", 5, false, 0.2),
            new Post("Cuisinier", 3, false, 0.1),
            new Post("Agent de restauration scolaire", 6, false, 0.0),
            new Post("Animateur périscolaire", 9, false, 0.0),
            new Post("Éducateur de jeunes enfants", 2, false, 0.0),
            new Post("Agent de bibliothèque", 2, false, 0.0),
            new Post("Agent technique polyvalent", 6, false, 0.15),
            new Post("Électricien", 1, false, 0.5),
            new Post("Chauffeur", 1, false, 0.3),
            new Post("Éducateur des activités physiques et sportives", 2, false, 0.0),
            new Post("Agent de surveillance de la voie publique", 2, false, 0.5),
            new Post("Ingénieur territorial", 1, true, 0.0)));

    static final Posts CCAS = new Posts(List.of(
            new Post("Aide à domicile", 8, false, 0.3),
            new Post("Aide-soignant", 5, false, 1.0),
            new Post("Auxiliaire de vie sociale", 4, false, 0.3),
            new Post("Travailleur social", 3, false, 0.0),
            new Post("Adjoint administratif", 3, true, 0.0),
            new Post("Agent d'entretien", 3, false, 0.05),
            new Post("Cuisinier", 1, false, 0.1)));

    static final Posts TECHNICAL = new Posts(List.of(
            new Post("Agent de collecte des déchets", 6, false, 0.6),
            new Post("Égoutier", 2, false, 1.0),
            new Post("Agent de voirie", 4, false, 0.3),
            new Post("Agent technique polyvalent", 4, false, 0.15),
            new Post("Adjoint administratif", 5, true, 0.0),
            new Post("Technicien territorial", 2, false, 0.1),
            new Post("Ingénieur territorial", 1, true, 0.0),
            new Post("Agent d'entretien", 2, false, 0.05)));

    static Posts forKind(String kind) {
        return switch (kind) {
            case "COMMUNE" -> COMMUNE;
            case "CCAS" -> CCAS;
            default -> TECHNICAL;
        };
    }

    Post pick(RandomGenerator random) {
        int ticket = random.nextInt(totalWeight);
        for (var post : posts) {
            ticket -= post.weight();
            if (ticket < 0) {
                return post;
            }
        }
        throw new IllegalStateException("weights changed");
    }
}
