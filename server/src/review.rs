//! Native readers and reviewers make the Tibetan and Yi right (issue 19).
//! So far: readers' feedback on every section of every article.

pub mod feedback;
