package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceFileTest {
  private static ReferenceFile read(String text) throws IOException {
    return ReferenceFile.read("test.csv", new StringReader(text));
  }

  @Test
  void readsQuotedCellsCommentsAndEmptyCellsByColumnName() throws IOException {
    ReferenceFile file = read("# a comment\n\nid,place,note\n"
        + "2,\"Vinh Quang, Chiêm Hóa\",\"said \"\"so\"\"\"\n"
        + "3, Hà Nội ,\n");
    assertThat(file.rows()).hasSize(2);
    assertThat(file.rows().get(0).get("place")).isEqualTo("Vinh Quang, Chiêm Hóa");
    assertThat(file.rows().get(0).get("note")).isEqualTo("said \"so\"");
    assertThat(file.rows().get(1).get("place")).isEqualTo("Hà Nội");
    assertThat(file.rows().get(1).find("note")).isEmpty();
    assertThat(file.rows().get(1).find("not-a-column")).isEmpty();
    int id = file.rows().get(1).get("id", Integer::parseInt);
    assertThat(id).isEqualTo(3);
  }

  @Test
  void aLineWithTheWrongNumberOfCellsNamesFileLineAndColumn() {
    assertThatIllegalStateException().isThrownBy(() -> read("# header next\na,b,c\n1,2\n"))
        .withMessageStartingWith("test.csv:3:3: ");
    assertThatIllegalStateException().isThrownBy(() -> read("a,b\n1,2,3\n"))
        .withMessageStartingWith("test.csv:2:3: ");
  }

  @Test
  void brokenQuotesAndTextNotInNfcAreRejectedWithTheirPlace() {
    assertThatIllegalStateException().isThrownBy(() -> read("a,b\n1,\"open\n"))
        .withMessageStartingWith("test.csv:2:2: ");
    assertThatIllegalStateException().isThrownBy(() -> read("a,b\n1,x\"y\"\n"))
        .withMessageStartingWith("test.csv:2:2: ");
    assertThatIllegalStateException().isThrownBy(() -> read("a,b\n1,\"y\"z\n"))
        .withMessageStartingWith("test.csv:2:2: ");
    assertThatIllegalStateException().isThrownBy(() -> read("a,b\n1,Ho\u0300a\n"))
        .withMessageStartingWith("test.csv:2:2: ").withMessageContaining("NFC");
    assertThatIllegalStateException().isThrownBy(() -> read("a,a\n1,2\n"))
        .withMessageStartingWith("test.csv:1:");
    assertThatIllegalStateException().isThrownBy(() -> read("# only a comment\n"))
        .withMessage("test.csv: no header");
  }

  @Test
  void aCellThatDoesNotReadAsItsColumnSaysNamesTheColumn() throws IOException {
    ReferenceFile.Row row = read("id,first,count\n1,1935-3-27,\n").rows().get(0);
    assertThatIllegalStateException().isThrownBy(() -> row.getDate("first"))
        .withMessage("test.csv:2:2 (column 'first'): '1935-3-27' is not an ISO date");
    assertThatIllegalStateException().isThrownBy(() -> row.get("count"))
        .withMessage("test.csv:2:3 (column 'count'): the cell is empty");
    assertThatIllegalStateException().isThrownBy(() -> row.get("id", Attestation::parse))
        .withMessageStartingWith("test.csv:2:1 (column 'id'): '1' does not read: ");
    assertThat(read("id,first\n1,1935-03-27\n").rows().get(0).getDate("first")).isEqualTo(LocalDate.of(1935, 3, 27));
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatIllegalStateException().isThrownBy(() -> ReferenceFile.load("no-such-file.csv"))
        .withMessage("reference file no-such-file.csv is missing from the jar");
    assertThat(ReferenceFile.load("party-bodies.csv").name()).isEqualTo("party-bodies.csv");
  }
}
