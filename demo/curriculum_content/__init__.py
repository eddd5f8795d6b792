"""The curriculum's demo content: prose kept apart from the seeder in demo.py.

Modules are written as plain data with the helpers in build.py; a translation is
the same structure in another language, so every string pairs with its source.
"""
