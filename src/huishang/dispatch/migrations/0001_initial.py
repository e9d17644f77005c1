# 派单目录 and 协办意见.

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('cases', '0006_reassignment'),
        ('directory', '0005_region_served'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='RoutingEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('working_days', models.PositiveSmallIntegerField(help_text='The deadline of an assignment: this many working days from the day it is made.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(365)], verbose_name='time limit (working days)')),
                ('updated_at', models.DateTimeField(verbose_name='updated at')),
                ('category', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='cases.category', verbose_name='category')),
                ('lead_unit', models.ForeignKey(limit_choices_to={'kind': 'unit'}, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.organization', verbose_name='lead unit')),
                ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.region', verbose_name='region')),
                ('supporting_units', models.ManyToManyField(blank=True, limit_choices_to={'kind': 'unit'}, related_name='+', to='directory.organization', verbose_name='supporting units')),
                ('updated_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'routing entry',
                'verbose_name_plural': 'routing table',
                'ordering': ['category__order', 'category__code', 'region__code'],
                'constraints': [models.UniqueConstraint(fields=('category', 'region'), name='one_routing_entry_per_place')],
            },
        ),
        migrations.CreateModel(
            name='SupportingOpinion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('content', models.TextField(verbose_name='opinion')),
                ('filed_at', models.DateTimeField(verbose_name='filed at')),
                ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='opinions', to='cases.assignment')),
                ('filed_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.organization', verbose_name='unit')),
            ],
            options={
                'verbose_name': 'supporting opinion',
                'verbose_name_plural': 'supporting opinions',
                'ordering': ['filed_at', 'id'],
                'constraints': [models.UniqueConstraint(fields=('assignment', 'unit'), name='one_opinion_per_supporting_unit')],
            },
        ),
    ]
