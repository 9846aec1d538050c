package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.text.VietnameseText;
import java.util.Map;
import java.util.Optional;

/**
 * The names a citation gives the central issuing bodies after "của" (<i>Chỉ thị 35-CT/TW của Bộ Chính trị</i>),
 * by fold key, and the name a canonical reference writes for each. The ids are those of
 * {@code io.github.cpvmodel.reference.PartyBodies}, written here because this package does not read the
 * reference data; a test checks each against it.
 */
final class IssuingBodyNames {
  /** The canonical name of each body, as a citation writes it. */
  private static final ImmutableMap<Id, String> NAMES = ImmutableMap.<Id, String>builder()
      .put(Id.of("cc"), "Ban Chấp hành Trung ương")
      .put(Id.of("cc/politburo"), "Bộ Chính trị")
      .put(Id.of("cc/secretariat"), "Ban Bí thư")
      .put(Id.of("cc/office"), "Văn phòng Trung ương Đảng")
      .put(Id.of("cc/organisation-commission"), "Ban Tổ chức Trung ương")
      .put(Id.of("cc/inspection-commission"), "Ủy ban Kiểm tra Trung ương")
      .put(Id.of("cc/information-education-commission"), "Ban Tuyên giáo Trung ương")
      .build();

  /** Other names citations use. */
  private static final Map<String, Id> ALIASES = Map.of(
      "Ban Chấp hành Trung ương Đảng", Id.of("cc"),
      "Trung ương", Id.of("cc"),
      "Trung ương Đảng", Id.of("cc"),
      "Đảng", Id.of("cc"),
      "Ban Bí thư Trung ương Đảng", Id.of("cc/secretariat"));

  private static final ImmutableMap<String, Id> BY_KEY = byKey();

  /** The most words a name known here has. */
  static final int LONGEST = BY_KEY.keySet().stream().mapToInt(key -> key.split(" ").length).max().orElse(0);

  private IssuingBodyNames() {}

  private static ImmutableMap<String, Id> byKey() {
    ImmutableMap.Builder<String, Id> map = ImmutableMap.builder();
    NAMES.forEach((id, name) -> map.put(VietnameseText.foldKey(name), id));
    ALIASES.forEach((name, id) -> map.put(VietnameseText.foldKey(name), id));
    return map.build();
  }

  /** The body a name denotes, by fold key. */
  static Optional<Id> find(CharSequence name) {
    return Optional.ofNullable(BY_KEY.get(VietnameseText.foldKey(name)));
  }

  /** The body a name denotes, by the name's fold key. */
  static Optional<Id> findByKey(String foldKey) {
    return Optional.ofNullable(BY_KEY.get(foldKey));
  }

  /** The name a citation writes for a body, if it is one of the central bodies known here. */
  static Optional<String> nameOf(Id body) {
    return Optional.ofNullable(NAMES.get(body));
  }

  /** The bodies known here, with their canonical names. */
  static ImmutableMap<Id, String> all() {
    return NAMES;
  }
}
