"""Desktop editor for the Brussels-Capital Region's bilingual orientation notes."""
