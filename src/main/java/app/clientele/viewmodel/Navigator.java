package app.clientele.viewmodel;

/** Lets a view-model bring another section of the window to the front, by the section's id. */
@FunctionalInterface
public interface Navigator {
    void show(String sectionId);
}
