"""Training requests: the public form's helpers, notifications, the admin's views and
panels, reports and the retention rules. The models live in
curriculum/models/training_requests.py."""
