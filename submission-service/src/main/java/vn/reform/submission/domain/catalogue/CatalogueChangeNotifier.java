package vn.reform.submission.domain.catalogue;

/** Told after a catalogue entity was written, so that its new state is published. */
public interface CatalogueChangeNotifier {

    void changed();
}
