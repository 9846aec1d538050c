package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import java.util.Optional;

/** The wire format of people, their posts and the tenures in which they held them. */
public final class PersonFormat {
  private PersonFormat() {}

  /** The role of a post, as its code. */
  public static final CodeShape<PostRole> ROLE = CodeShape.of(PostRole.class, PostRole.CODE, "post-role",
      "Vai trò (post role)", "The role a post plays in its body: head (trưởng ban), secretary (bí thư), member "
          + "(ủy viên), alternate member (ủy viên dự khuyết)…; it decides whether one person or several hold the "
          + "post at once");

  /** The system a post's organ belongs to, as its code. */
  public static final CodeShape<PostSector> SECTOR = CodeShape.of(PostSector.class, PostSector.CODE, "post-sector",
      "Khối (post sector)", "The system a post's organ belongs to: the Party, the State, or the Fatherland Front "
          + "(Mặt trận Tổ quốc) and the mass organisations");

  /** How a person came to hold a post, as its code. */
  public static final CodeShape<TenureBasis> BASIS = CodeShape.of(TenureBasis.class, TenureBasis.CODE, "tenure-basis",
      "Hình thức đảm nhiệm (tenure basis)", "How a person came to hold a post: elected (bầu), appointed (chỉ định, "
          + "bổ nhiệm), assigned (phân công), or not recorded");

  private static final Field<Person, Id> PERSON_ID = Field.required("id", VocabularyFormat.ID, Person::id,
      "the person's id");
  private static final Field<Person, String> FULL_NAME = Field.required("fullName", Scalars.TEXT,
      Person::fullName, "the full name, family name first");
  private static final Field<Person, ImmutableList<String>> OTHER_NAMES = Field.list("otherNames", Scalars.TEXT,
      Person::otherNames, "other names the person is known by");

  /** A person: {@code {"id":"person/pham-minh-chinh","fullName":"Phạm Minh Chính"}}. */
  public static final ObjectShape<Person> PERSON = ObjectShape.of(Person.class, "person", "Đồng chí (person)",
      "A person: a stable id and the full Vietnamese name, with any other names",
      s -> Person.builder().id(PERSON_ID.get(s)).fullName(FULL_NAME.get(s)).otherNames(OTHER_NAMES.list(s))
          .build(),
      PERSON_ID, FULL_NAME, OTHER_NAMES);

  private static final Field<Post, Id> POST_ID = Field.required("id", VocabularyFormat.ID, Post::id,
      "the post's id");
  private static final Field<Post, Id> ORGAN = Field.required("organ", VocabularyFormat.ID, Post::organ,
      "the id of the body or organ it is a seat in");
  private static final Field<Post, PostSector> POST_SECTOR = Field.required("sector", SECTOR, Post::sector,
      "the system of the organ");
  private static final Field<Post, PostRole> POST_ROLE = Field.required("role", ROLE, Post::role, "the role");
  private static final Field<Post, LocalizedName> TITLE = Field.required("title", VocabularyFormat.LOCALIZED_NAME,
      Post::title, "the title as it is written");
  private static final Field<Post, Boolean> SINGLE_HOLDER = Field.optional("singleHolder", Scalars.BOOLEAN,
      p -> Optional.of(p.isSingleHolder()), "whether one person holds it at a time; always written, and when "
          + "absent on reading, that of the role");

  /** A post. */
  public static final ObjectShape<Post> POST = ObjectShape.of(Post.class, "post", "Chức vụ (post)",
      "A seat in a body, such as the Head of the Central Organisation Commission",
      s -> {
        Post.Builder post = Post.builder();
        post.id(POST_ID.get(s)).organ(ORGAN.get(s)).sector(POST_SECTOR.get(s)).role(POST_ROLE.get(s))
            .title(TITLE.get(s));
        SINGLE_HOLDER.optional(s).ifPresent(post::isSingleHolder);
        return post.build();
      },
      POST_ID, ORGAN, POST_SECTOR, POST_ROLE, TITLE, SINGLE_HOLDER);

  private static final Field<Tenure, Id> HOLDER = Field.required("person", VocabularyFormat.ID, Tenure::person,
      "the id of the person");
  private static final Field<Tenure, Id> HELD = Field.required("post", VocabularyFormat.ID, Tenure::post,
      "the id of the post");
  private static final Field<Tenure, Validity> VALIDITY = Field.required("validity", VocabularyFormat.VALIDITY,
      Tenure::validity, "the days the post was held");
  private static final Field<Tenure, TenureBasis> TENURE_BASIS = Field.required("basis", BASIS, Tenure::basis,
      "how the person came to hold it");
  private static final Field<Tenure, DocumentReference> DECISION = Field.optional("decision",
      DocumentFormat.REFERENCE, Tenure::decision, "the document that decided it, when known");

  /** A tenure. */
  public static final ObjectShape<Tenure> TENURE = ObjectShape.of(Tenure.class, "tenure",
      "Nhiệm kỳ (tenure)", "That a person held a post during some days, and how the person came to hold it",
      s -> Tenure.builder().person(HOLDER.get(s)).post(HELD.get(s)).validity(VALIDITY.get(s))
          .basis(TENURE_BASIS.get(s)).decision(DECISION.optional(s)).build(),
      HOLDER, HELD, VALIDITY, TENURE_BASIS, DECISION);
}
